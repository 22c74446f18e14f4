package org.peerchain.storage.kv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.peerchain.core.bytes.Bytes;
import org.rocksdb.ColumnFamilyDescriptor;
import org.rocksdb.ColumnFamilyHandle;
import org.rocksdb.DBOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;

class BatchRecordsTest {
  // Family handles come only from an open database; ids 0 (default) to 3.
  private static final List<ColumnFamilyHandle> FAMILIES = new ArrayList<>();
  private static Path dir;
  private static RocksDB db;
  private static DBOptions options;

  @BeforeContainer
  static void open() throws Exception {
    RocksDB.loadLibrary();
    dir = Files.createTempDirectory("batch-records");
    options = new DBOptions().setCreateIfMissing(true).setCreateMissingColumnFamilies(true);
    List<ColumnFamilyDescriptor> descriptors = new ArrayList<>();
    descriptors.add(new ColumnFamilyDescriptor(RocksDB.DEFAULT_COLUMN_FAMILY));
    for (int i = 1; i <= 3; i++) {
      descriptors.add(new ColumnFamilyDescriptor(("f" + i).getBytes(StandardCharsets.UTF_8)));
    }
    db = RocksDB.open(options, dir.toString(), descriptors, FAMILIES);
  }

  @AfterContainer
  static void close() throws Exception {
    FAMILIES.forEach(ColumnFamilyHandle::close);
    FAMILIES.clear();
    db.close();
    options.close();
    TempDirs.delete(dir);
  }

  /** One operation: a put when value is non-null, else a delete. */
  record Op(int family, byte[] key, byte[] value) {}

  @Property(tries = 200)
  void serializesExactlyAsRocksDbsOwnBatch(@ForAll("operations") List<Op> ops) throws RocksDBException {
    BatchRecords records = new BatchRecords();
    assertThat(FAMILIES).extracting(ColumnFamilyHandle::getID).containsExactly(0, 1, 2, 3);
    try (org.rocksdb.WriteBatch expected = new org.rocksdb.WriteBatch()) {
      for (Op op : ops) {
        if (op.value() == null) {
          records.delete(op.family(), Bytes.wrap(op.key()));
          deleteNative(expected, op);
        } else {
          records.put(op.family(), Bytes.wrap(op.key()), Bytes.wrap(op.value()));
          putNative(expected, op);
        }
      }
      assertThat(records.count()).isEqualTo(ops.size());
      assertThat(records.toArray()).isEqualTo(expected.data());
      // And RocksDB reads the array back as the same batch.
      try (org.rocksdb.WriteBatch parsed = new org.rocksdb.WriteBatch(records.toArray())) {
        assertThat(parsed.count()).isEqualTo(ops.size());
        assertThat(parsed.data()).isEqualTo(expected.data());
      }
    }
  }

  private static void putNative(org.rocksdb.WriteBatch batch, Op op) throws RocksDBException {
    batch.put(FAMILIES.get(op.family()), op.key(), op.value());
  }

  private static void deleteNative(org.rocksdb.WriteBatch batch, Op op) throws RocksDBException {
    batch.delete(FAMILIES.get(op.family()), op.key());
  }

  @Provide
  Arbitrary<List<Op>> operations() {
    Arbitrary<Integer> family = Arbitraries.integers().between(0, 3);
    Arbitrary<byte[]> key = Arbitraries.bytes().array(byte[].class).ofMaxSize(40);
    Arbitrary<byte[]> value = Arbitraries.bytes().array(byte[].class).ofMaxSize(300).injectNull(0.3);
    return Combinators.combine(family, key, value).as(Op::new).list().ofMaxSize(60);
  }
}
