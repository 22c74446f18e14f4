package org.peerchain.storage.kv;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.peerchain.core.bytes.Bytes;

/**
 * A store kept on the heap, for tests and dev nodes, with the same semantics as RocksDB: atomic
 * batches, snapshots unaffected by later commits. Versions are immutable, so a snapshot costs O(1)
 * and reads take no lock, but a commit copies every column it touches: O(column size) per commit,
 * fine for tests and small dev chains, not for a real one.
 */
public final class InMemoryKeyValueStore implements KeyValueStore {
  private final ColumnSet columns;
  private final StoreGuard guard = new StoreGuard("in-memory key-value store");
  private final Object commitLock = new Object();
  private final KvReader reader;
  private volatile MemoryVersion head;

  private InMemoryKeyValueStore(ColumnSet columns) {
    this.columns = columns;
    this.head = MemoryVersion.empty(columns);
    this.reader = new MemoryReader(columns, () -> head, () -> !guard.isClosed(), "in-memory key-value store");
  }

  public static InMemoryKeyValueStore create(Collection<? extends Column<?, ?>> columns) {
    return new InMemoryKeyValueStore(ColumnSet.of(columns));
  }

  @Override
  public <K, V> Optional<V> get(Column<K, V> column, K key) {
    return reader.get(column, key);
  }

  @Override
  public <K, V> KvIterator<K, V> iterate(Column<K, V> column, KeyRange range) {
    return reader.iterate(column, range);
  }

  @Override
  public WriteBatch newBatch() {
    return guard.read(Batch::new);
  }

  @Override
  public Snapshot snapshot() {
    return guard.read(() -> new MemorySnapshot(head));
  }

  @Override
  public void close() {
    guard.close(() -> {});
  }

  private void apply(List<MemoryVersion.Write> writes) {
    guard.read(() -> {
      synchronized (commitLock) {
        head = head.apply(writes);
      }
      return null;
    });
  }

  private final class Batch extends AbstractWriteBatch {
    private final List<MemoryVersion.Write> writes = new ArrayList<>();

    Batch() {
      super(columns);
    }

    @Override
    void doPut(Column<?, ?> column, Bytes key, Bytes value) {
      writes.add(new MemoryVersion.Write(column.id(), key, value));
    }

    @Override
    void doDelete(Column<?, ?> column, Bytes key) {
      writes.add(new MemoryVersion.Write(column.id(), key, null));
    }

    @Override
    void doCommit() {
      apply(List.copyOf(writes));
    }

    @Override
    void doClose() {
      writes.clear();
    }
  }

  private final class MemorySnapshot implements Snapshot {
    private final AtomicBoolean closed = new AtomicBoolean();
    private final KvReader view;

    MemorySnapshot(MemoryVersion version) {
      this.view = new MemoryReader(columns, () -> version, () -> !closed.get() && !guard.isClosed(), "snapshot");
    }

    @Override
    public <K, V> Optional<V> get(Column<K, V> column, K key) {
      return view.get(column, key);
    }

    @Override
    public <K, V> KvIterator<K, V> iterate(Column<K, V> column, KeyRange range) {
      return view.iterate(column, range);
    }

    @Override
    public void close() {
      closed.set(true);
    }
  }
}
