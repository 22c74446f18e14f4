package org.peerchain.storage.kv;

import java.nio.file.Path;
import java.util.Map;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;

/** What the store's readers, iterators, snapshots and batches share: the open database. */
final class RocksDbHandles {
  final RocksDB db;
  final ColumnSet columns;
  final StoreGuard guard;
  final RocksDbNativeOptions options;
  private final Map<Integer, ColumnFamilyHandle> families;
  private final Path dir;

  RocksDbHandles(RocksDB db, ColumnSet columns, Map<Integer, ColumnFamilyHandle> families,
      RocksDbNativeOptions options, Path dir) {
    this.db = db;
    this.columns = columns;
    this.families = Map.copyOf(families);
    this.options = options;
    this.dir = dir;
    this.guard = new StoreGuard("key-value store at " + dir);
  }

  ColumnFamilyHandle family(Column<?, ?> column) {
    columns.require(column);
    return families.get(column.id());
  }

  StorageException error(String action, RocksDBException e) {
    return RocksDbErrors.translate(e, action, dir);
  }

  /** Frees the column family handles, the database and the options, in that order. */
  void closeDatabase() {
    families.values().forEach(ColumnFamilyHandle::close);
    db.close();
    options.close();
  }
}
