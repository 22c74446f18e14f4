package org.peerchain.storage.kv;

import org.peerchain.core.bytes.Bytes;

/** Decodes a raw iterator's entries with a column's serializers, lazily, one entry at a time. */
final class TypedKvIterator<K, V> implements KvIterator<K, V> {
  private final Column<K, V> column;
  private final KvIterator<Bytes, Bytes> raw;

  TypedKvIterator(Column<K, V> column, KvIterator<Bytes, Bytes> raw) {
    this.column = column;
    this.raw = raw;
  }

  @Override
  public boolean hasNext() {
    return raw.hasNext();
  }

  @Override
  public KvEntry<K, V> next() {
    KvEntry<Bytes, Bytes> entry = raw.next();
    return new KvEntry<>(column.keySerializer().deserialize(entry.key()),
        column.valueSerializer().deserialize(entry.value()));
  }

  @Override
  public void close() {
    raw.close();
  }
}
