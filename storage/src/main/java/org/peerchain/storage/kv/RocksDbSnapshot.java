package org.peerchain.storage.kv;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.rocksdb.ReadOptions;

/** A RocksDB snapshot and the read options that point at it. */
final class RocksDbSnapshot implements Snapshot {
  private final RocksDbHandles handles;
  private final org.rocksdb.Snapshot snapshot;
  private final ReadOptions readOptions;
  private final OpenResources iterators = new OpenResources();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final RocksDbReader reader;

  /** Call under the store's read lock. */
  RocksDbSnapshot(RocksDbHandles handles) {
    this.handles = handles;
    this.snapshot = handles.db.getSnapshot();
    this.readOptions = new ReadOptions().setSnapshot(snapshot);
    this.reader = new RocksDbReader(handles, readOptions, snapshot, iterators, this::ensureOpen);
    handles.guard.track(this);
  }

  @Override
  public <K, V> Optional<V> get(Column<K, V> column, K key) {
    return reader.get(column, key);
  }

  @Override
  public <K, V> List<Optional<V>> getAll(Column<K, V> column, List<K> keys) {
    return reader.getAll(column, keys);
  }

  @Override
  public <K, V> KvIterator<K, V> iterate(Column<K, V> column, KeyRange range) {
    return reader.iterate(column, range);
  }

  private void ensureOpen() {
    if (closed.get()) {
      throw new IllegalStateException("snapshot is closed");
    }
  }

  @Override
  public void close() {
    handles.guard.release(() -> {
      if (closed.compareAndSet(false, true)) {
        iterators.closeAll();
        handles.db.releaseSnapshot(snapshot);
        readOptions.close();
        handles.guard.untrack(this);
      }
    });
  }
}
