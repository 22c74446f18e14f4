package org.peerchain.storage.kv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peerchain.storage.kv.StorageException.Reason;
import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The durable store: one RocksDB column family per {@link Column}, named {@code <id>-<name>}, the
 * write-ahead log on and, by default, synced on every commit.
 */
public final class RocksDbKeyValueStore implements KeyValueStore {
  private static final Logger LOG = LoggerFactory.getLogger(RocksDbKeyValueStore.class);

  private final RocksDbHandles handles;
  private final RocksDbReader reader;

  private RocksDbKeyValueStore(RocksDbHandles handles) {
    this.handles = handles;
    this.reader = new RocksDbReader(handles, handles.options.readOptions, null, handles.guard.resources(), () -> {});
  }

  /**
   * Opens or creates the store in {@code dir}, creating missing column families. Refuses a
   * directory that another open store holds ({@link Reason#DATA_DIR_IN_USE}) or that has a column
   * family not in {@code columns} ({@link Reason#INCOMPATIBLE}).
   */
  public static RocksDbKeyValueStore open(Path dir, RocksDbOptions options, Collection<? extends Column<?, ?>> columns) {
    ColumnSet columnSet = ColumnSet.of(columns);
    RocksDB.loadLibrary();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new StorageException(Reason.IO, "cannot create data directory " + dir + ": " + e.getMessage(),
          String.valueOf(e.getMessage()), e);
    }
    RocksDbNativeOptions natives = new RocksDbNativeOptions(options);
    try {
      refuseUnknownFamilies(dir, columnSet);
      RocksDbKeyValueStore store = new RocksDbKeyValueStore(openDatabase(dir, columnSet, natives));
      LOG.debug("Opened key-value store at {} with {} columns", dir, columnSet.all().size());
      return store;
    } catch (RocksDBException e) {
      natives.close();
      throw RocksDbErrors.translate(e, "opening", dir);
    } catch (RuntimeException e) {
      natives.close();
      throw e;
    }
  }

  private static void refuseUnknownFamilies(Path dir, ColumnSet columns) throws RocksDBException {
    // Listing reads the manifest without taking the lock, so it works while another process runs.
    List<byte[]> existing;
    try (Options options = new Options()) {
      existing = RocksDB.listColumnFamilies(options, dir.toString());
    }
    for (byte[] raw : existing) {
      String name = new String(raw, java.nio.charset.StandardCharsets.UTF_8);
      if (!name.equals("default") && columns.byFamilyName(name).isEmpty()) {
        throw new StorageException(Reason.INCOMPATIBLE,
            "data directory was written by a newer peerchain (unknown column family " + name + "): " + dir,
            name, null);
      }
    }
  }

  private static RocksDbHandles openDatabase(Path dir, ColumnSet columns, RocksDbNativeOptions natives)
      throws RocksDBException {
    List<ColumnFamilyDescriptor> descriptors = new ArrayList<>();
    descriptors.add(new ColumnFamilyDescriptor(RocksDB.DEFAULT_COLUMN_FAMILY, natives.columnOptions));
    for (Column<?, ?> column : columns.all()) {
      descriptors.add(new ColumnFamilyDescriptor(
          column.familyName().getBytes(java.nio.charset.StandardCharsets.UTF_8), natives.columnOptions));
    }
    List<ColumnFamilyHandle> opened = new ArrayList<>();
    RocksDB db;
    try {
      db = RocksDB.open(natives.dbOptions, dir.toString(), descriptors, opened);
    } catch (RocksDBException e) {
      if (!isMissingCompression(e)) {
        throw e;
      }
      LOG.warn("This RocksDB build lacks ZSTD; compressing every level with LZ4 ({})", e.getMessage());
      natives.withoutZstd();
      opened.clear();
      db = RocksDB.open(natives.dbOptions, dir.toString(), descriptors, opened);
    }
    // Handles come back in descriptor order; index 0 is the default family, which we never use.
    Map<Integer, ColumnFamilyHandle> families = new HashMap<>();
    List<Column<?, ?>> ordered = List.copyOf(columns.all());
    families.put(-1, opened.get(0));
    for (int i = 0; i < ordered.size(); i++) {
      families.put(ordered.get(i).id(), opened.get(i + 1));
    }
    return new RocksDbHandles(db, columns, families, natives, dir);
  }

  private static boolean isMissingCompression(RocksDBException e) {
    Status status = e.getStatus();
    return status != null && status.getState() != null
        && (status.getCode() == Status.Code.InvalidArgument || status.getCode() == Status.Code.NotSupported)
        && status.getState().toLowerCase(java.util.Locale.ROOT).contains("compression");
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

  @Override
  public WriteBatch newBatch() {
    return handles.guard.read(() -> new RocksDbWriteBatch(handles));
  }

  @Override
  public Snapshot snapshot() {
    return handles.guard.read(() -> new RocksDbSnapshot(handles));
  }

  @Override
  public void close() {
    handles.guard.close(handles::closeDatabase);
  }
}
