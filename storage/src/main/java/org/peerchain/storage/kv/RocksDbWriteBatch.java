package org.peerchain.storage.kv;

import org.peerchain.core.bytes.Bytes;
import org.rocksdb.RocksDBException;

/**
 * Collects writes in RocksDB's serialized batch form and writes them in one call: atomic across
 * columns, and one native call per commit however many rows it holds.
 */
final class RocksDbWriteBatch extends AbstractWriteBatch {
  private final RocksDbHandles handles;
  private BatchRecords records = new BatchRecords();

  RocksDbWriteBatch(RocksDbHandles handles) {
    super(handles.columns);
    this.handles = handles;
    handles.guard.track(this);
  }

  @Override
  void doPut(Column<?, ?> column, Bytes key, Bytes value) {
    records.put(handles.familyId(column), key, value);
  }

  @Override
  void doDelete(Column<?, ?> column, Bytes key) {
    records.delete(handles.familyId(column), key);
  }

  @Override
  void doCommit() {
    byte[] serialized = records.toArray();
    handles.guard.read(() -> {
      try (org.rocksdb.WriteBatch batch = new org.rocksdb.WriteBatch(serialized)) {
        handles.db.write(handles.options.writeOptions, batch);
      } catch (RocksDBException e) {
        throw handles.error("committing a write batch", e);
      }
      return null;
    });
  }

  @Override
  void doClose() {
    records = null;
    handles.guard.untrack(this);
  }
}
