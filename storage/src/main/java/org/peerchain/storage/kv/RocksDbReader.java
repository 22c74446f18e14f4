package org.peerchain.storage.kv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.peerchain.core.bytes.Bytes;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDBException;

/** Reads from RocksDB: the latest state, or a snapshot's when one is given. */
final class RocksDbReader implements KvReader {
  // One native multi-get per this many keys bounds the native memory a huge request pins at once.
  private static final int MULTI_GET_CHUNK = 8192;

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
  public <K, V> List<Optional<V>> getAll(Column<K, V> column, List<K> keys) {
    List<byte[]> rawKeys = new ArrayList<>(keys.size());
    for (K key : keys) {
      rawKeys.add(column.keyBytes(key).toArray());
    }
    List<Optional<V>> values = new ArrayList<>(keys.size());
    for (int from = 0; from < rawKeys.size(); from += MULTI_GET_CHUNK) {
      List<byte[]> chunk = rawKeys.subList(from, Math.min(rawKeys.size(), from + MULTI_GET_CHUNK));
      for (byte[] value : multiGet(column, chunk)) {
        values.add(value == null
            ? Optional.empty() : Optional.of(column.valueSerializer().deserialize(Bytes.wrap(value))));
      }
    }
    return values;
  }

  private List<byte[]> multiGet(Column<?, ?> column, List<byte[]> rawKeys) {
    return handles.guard.read(() -> {
      ensureOpen.run();
      List<ColumnFamilyHandle> families = Collections.nCopies(rawKeys.size(), handles.family(column));
      try {
        return handles.db.multiGetAsList(readOptions, families, rawKeys);
      } catch (RocksDBException e) {
        throw handles.error("reading " + column, e);
      }
    });
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
