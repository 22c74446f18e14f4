package org.peerchain.storage.kv;

import org.peerchain.core.bytes.Bytes;
import org.rocksdb.RocksDBException;

/** Collects writes in a native RocksDB batch and writes it in one call: atomic across columns. */
final class RocksDbWriteBatch extends AbstractWriteBatch {
  private final RocksDbHandles handles;
  private final org.rocksdb.WriteBatch batch = new org.rocksdb.WriteBatch();

  RocksDbWriteBatch(RocksDbHandles handles) {
    super(handles.columns);
    this.handles = handles;
    handles.guard.track(this);
  }

  @Override
  void doPut(Column<?, ?> column, Bytes key, Bytes value) {
    handles.guard.read(() -> {
      try {
        batch.put(handles.family(column), key.toArray(), value.toArray());
      } catch (RocksDBException e) {
        throw handles.error("adding to a write batch", e);
      }
      return null;
    });
  }

  @Override
  void doDelete(Column<?, ?> column, Bytes key) {
    handles.guard.read(() -> {
      try {
        batch.delete(handles.family(column), key.toArray());
      } catch (RocksDBException e) {
        throw handles.error("adding to a write batch", e);
      }
      return null;
    });
  }

  @Override
  void doCommit() {
    handles.guard.read(() -> {
      try {
        handles.db.write(handles.options.writeOptions, batch);
      } catch (RocksDBException e) {
        throw handles.error("committing a write batch", e);
      }
      return null;
    });
  }

  @Override
  void doClose() {
    handles.guard.release(() -> {
      batch.close();
      handles.guard.untrack(this);
    });
  }
}
