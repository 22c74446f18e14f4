package org.peerchain.storage.kv;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.peerchain.core.bytes.Bytes;

/** The batch life cycle and typing, shared by both stores; subclasses see only raw bytes. */
abstract class AbstractWriteBatch implements WriteBatch {
  private enum State { OPEN, COMMITTED, CLOSED }

  private final ColumnSet columns;
  // Atomic because the store may close the batch from another thread while closing itself.
  private final AtomicReference<State> state = new AtomicReference<>(State.OPEN);

  AbstractWriteBatch(ColumnSet columns) {
    this.columns = columns;
  }

  @Override
  public final <K, V> WriteBatch put(Column<K, V> column, K key, V value) {
    requireOpen();
    columns.require(column);
    doPut(column, column.keyBytes(key), column.valueBytes(Objects.requireNonNull(value, "value")));
    return this;
  }

  @Override
  public final <K, V> WriteBatch delete(Column<K, V> column, K key) {
    requireOpen();
    columns.require(column);
    doDelete(column, column.keyBytes(key));
    return this;
  }

  @Override
  public final void commit() {
    requireOpen();
    // A failed commit leaves the batch open: nothing was applied and the caller may retry or close.
    doCommit();
    state.compareAndSet(State.OPEN, State.COMMITTED);
  }

  @Override
  public final void close() {
    if (state.getAndSet(State.CLOSED) != State.CLOSED) {
      doClose();
    }
  }

  private void requireOpen() {
    State current = state.get();
    if (current != State.OPEN) {
      throw new IllegalStateException(current == State.COMMITTED
          ? "write batch was already committed" : "write batch is closed");
    }
  }

  abstract void doPut(Column<?, ?> column, Bytes key, Bytes value);

  abstract void doDelete(Column<?, ?> column, Bytes key);

  abstract void doCommit();

  /** Releases the batch's resources; uncommitted operations are dropped. */
  abstract void doClose();
}
