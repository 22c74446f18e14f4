package org.peerchain.storage.kv;

import java.nio.file.Path;
import java.util.HashMap;
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
  /** RocksDB's id of each column's family, by column id: what a serialized batch names. */
  private final Map<Integer, Integer> familyIds;
  private final Path dir;

  RocksDbHandles(RocksDB db, ColumnSet columns, Map<Integer, ColumnFamilyHandle> families,
      RocksDbNativeOptions options, Path dir) {
    this.db = db;
    this.columns = columns;
    this.families = Map.copyOf(families);
    Map<Integer, Integer> ids = new HashMap<>();
    families.forEach((column, handle) -> ids.put(column, handle.getID()));
    this.familyIds = Map.copyOf(ids);
    this.options = options;
    this.dir = dir;
    this.guard = new StoreGuard("key-value store at " + dir);
  }

  ColumnFamilyHandle family(Column<?, ?> column) {
    columns.require(column);
    return families.get(column.id());
  }

  int familyId(Column<?, ?> column) {
    columns.require(column);
    return familyIds.get(column.id());
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
