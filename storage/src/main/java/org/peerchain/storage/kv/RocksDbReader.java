package org.peerchain.storage.kv;

import java.util.Optional;
import org.peerchain.core.bytes.Bytes;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDBException;

/** Reads from RocksDB: the latest state, or a snapshot's when one is given. */
final class RocksDbReader implements KvReader {
  private final RocksDbHandles handles;
  private final ReadOptions readOptions;
  private final org.rocksdb.Snapshot snapshot;
  private final OpenResources iterators;
  private final Runnable ensureOpen;

  /**
   * @param readOptions for point reads; owned by the caller
   * @param snapshot null reads the latest state
   * @param iterators where iterators register, to be closed with their owner
   * @param ensureOpen throws when the owner (a snapshot) is closed
   */
  RocksDbReader(RocksDbHandles handles, ReadOptions readOptions, org.rocksdb.Snapshot snapshot,
      OpenResources iterators, Runnable ensureOpen) {
    this.handles = handles;
    this.readOptions = readOptions;
    this.snapshot = snapshot;
    this.iterators = iterators;
    this.ensureOpen = ensureOpen;
  }

  @Override
  public <K, V> Optional<V> get(Column<K, V> column, K key) {
    byte[] rawKey = column.keyBytes(key).toArray();
    byte[] value = handles.guard.read(() -> {
      ensureOpen.run();
      try {
        return handles.db.get(handles.family(column), readOptions, rawKey);
      } catch (RocksDBException e) {
        throw handles.error("reading " + column, e);
      }
    });
    return value == null ? Optional.empty() : Optional.of(column.valueSerializer().deserialize(Bytes.wrap(value)));
  }

  @Override
  public <K, V> KvIterator<K, V> iterate(Column<K, V> column, KeyRange range) {
    return handles.guard.read(() -> {
      ensureOpen.run();
      RocksDbIterator raw = new RocksDbIterator(handles, handles.family(column), snapshot, range, iterators);
      return new TypedKvIterator<>(column, raw);
    });
  }
}
