package org.peerchain.storage.kv;

import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.peerchain.core.bytes.Bytes;

/** Reads of the in-memory store: from its newest version, or from the version a snapshot holds. */
final class MemoryReader implements KvReader {
  private final ColumnSet columns;
  private final Supplier<MemoryVersion> version;
  private final BooleanSupplier open;
  private final String description;

  MemoryReader(ColumnSet columns, Supplier<MemoryVersion> version, BooleanSupplier open, String description) {
    this.columns = columns;
    this.version = version;
    this.open = open;
    this.description = description;
  }

  @Override
  public <K, V> Optional<V> get(Column<K, V> column, K key) {
    ensureOpen();
    columns.require(column);
    return version.get().get(column.id(), column.keyBytes(key)).map(column.valueSerializer()::deserialize);
  }

  @Override
  public <K, V> KvIterator<K, V> iterate(Column<K, V> column, KeyRange range) {
    ensureOpen();
    columns.require(column);
    Map<Bytes, Bytes> view = version.get().view(column.id(), range);
    return new TypedKvIterator<>(column, new RawIterator(view.entrySet().iterator()));
  }

  private void ensureOpen() {
    if (!open.getAsBoolean()) {
      throw new IllegalStateException(description + " is closed");
    }
  }

  private final class RawIterator implements KvIterator<Bytes, Bytes> {
    private final Iterator<Map.Entry<Bytes, Bytes>> entries;
    private boolean closed;

    RawIterator(Iterator<Map.Entry<Bytes, Bytes>> entries) {
      this.entries = entries;
    }

    @Override
    public boolean hasNext() {
      check();
      return entries.hasNext();
    }

    @Override
    public KvEntry<Bytes, Bytes> next() {
      check();
      if (!entries.hasNext()) {
        throw new NoSuchElementException();
      }
      Map.Entry<Bytes, Bytes> entry = entries.next();
      return new KvEntry<>(entry.getKey(), entry.getValue());
    }

    @Override
    public void close() {
      closed = true;
    }

    private void check() {
      if (closed) {
        throw new IllegalStateException("iterator is closed");
      }
      ensureOpen();
    }
  }
}
