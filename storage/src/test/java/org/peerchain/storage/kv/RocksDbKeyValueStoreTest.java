package org.peerchain.storage.kv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peerchain.storage.kv.TestColumns.RAW;
import static org.peerchain.storage.schema.Schema.CANONICAL;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.storage.kv.StorageException.Reason;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;

class RocksDbKeyValueStoreTest extends KeyValueStoreContract {
  private static final String IN_USE = "data directory is in use by another peerchain process: ";

  @Override
  protected KeyValueStore open(Path dir) {
    return StoreKind.ROCKSDB.open(dir);
  }

  @Test
  void committedDataSurvivesReopeningAndDiscardedDataDoesNot() {
    put(CANONICAL, 7L, hash(7));
    WriteBatch pending = store.newBatch().put(RAW, Bytes.of(1), Bytes.of(1));
    store.close();
    pending.close();

    store = open(dir());
    assertThat(store.get(CANONICAL, 7L)).contains(hash(7));
    assertThat(store.contains(RAW, Bytes.of(1))).isFalse();
  }

  @Test
  void eachColumnIsAColumnFamilyNamedByIdAndName() throws Exception {
    List<String> families;
    try (Options options = new Options()) {
      families = RocksDB.listColumnFamilies(options, dir().toString()).stream()
          .map(raw -> new String(raw, StandardCharsets.UTF_8)).toList();
    }
    assertThat(families).contains("default", "1-metadata", "6-canonical", "11-consensus_signer", "1000-test_raw");
  }

  @Test
  void aSecondOpenInTheSameProcessIsRefused() {
    assertThatThrownBy(() -> open(dir()))
        .isInstanceOfSatisfying(StorageException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.DATA_DIR_IN_USE);
          assertThat(e.detail()).contains("LOCK");
        })
        .hasMessage(IN_USE + dir());
    // The failed attempt must not disturb the store that holds the directory.
    put(RAW, Bytes.of(1), Bytes.of(1));
    assertThat(store.get(RAW, Bytes.of(1))).contains(Bytes.of(1));
  }

  @Test
  @Timeout(120)
  void aSecondProcessIsRefusedUntilTheFirstCloses() throws Exception {
    ChildResult refused = openInChildProcess(dir());
    assertThat(refused.exitCode()).as(refused.output()).isEqualTo(DataDirOpener.REFUSED);
    assertThat(refused.output()).contains("REFUSED DATA_DIR_IN_USE " + IN_USE + dir());

    store.close();
    ChildResult opened = openInChildProcess(dir());
    assertThat(opened.exitCode()).as(opened.output()).isZero();
    assertThat(opened.output()).contains("OPENED");
    store = open(dir());
  }

  @Test
  void aDirectoryWithAnUnknownColumnFamilyIsRefused() {
    store.close();
    Path newer = dir().resolve("newer");
    Column<Bytes, Bytes> future = Column.of(2000, "from_the_future", Serializers.BYTES, Serializers.BYTES);
    RocksDbKeyValueStore.open(newer, RocksDbOptions.defaults().withBlockCacheBytes(1 << 20), TestColumns.with(future))
        .close();

    assertThatThrownBy(() -> open(newer))
        .isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INCOMPATIBLE))
        .hasMessageContaining("data directory was written by a newer peerchain (unknown column family 2000-from_the_future)");
    // Nothing was left open by the refusal: the directory can be opened by the newer column set.
    RocksDbKeyValueStore.open(newer, RocksDbOptions.defaults().withBlockCacheBytes(1 << 20), TestColumns.with(future))
        .close();
    store = open(dir());
  }

  @Test
  void aDamagedDirectoryIsReportedAsCorrupt() throws IOException {
    put(RAW, Bytes.of(1), Bytes.of(1));
    store.close();
    Files.writeString(dir().resolve("CURRENT"), "garbage-without-newline");

    assertThatThrownBy(() -> open(dir()))
        .isInstanceOfSatisfying(StorageException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.CORRUPTION);
          assertThat(e.detail()).isNotEmpty();
        })
        .hasMessageContaining("is corrupted");
    store = InMemoryKeyValueStore.create(TestColumns.ALL);
  }

  @Test
  void reopeningManyTimesWithHandlesLeftOpenReleasesTheLock() {
    for (int i = 0; i < 20; i++) {
      put(CANONICAL, (long) i, hash(i));
      store.snapshot().iterate(CANONICAL).hasNext();
      store.iterate(CANONICAL);
      store.newBatch().put(RAW, Bytes.of(i), Bytes.of(i));
      store.close();
      store = open(dir());
    }
    assertThat(store.last(CANONICAL).map(KvEntry::key)).contains(19L);
  }

  private record ChildResult(int exitCode, String output) {}

  private static ChildResult openInChildProcess(Path dir) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path output = Files.createTempFile("kv-child", ".out");
    try {
      Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
          DataDirOpener.class.getName(), dir.toString())
          .redirectErrorStream(true)
          .redirectOutput(output.toFile())
          .start();
      if (!child.waitFor(60, TimeUnit.SECONDS)) {
        child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        throw new AssertionError("child JVM did not finish within 60 s: " + Files.readString(output));
      }
      return new ChildResult(child.exitValue(), Files.readString(output));
    } finally {
      Files.deleteIfExists(output);
    }
  }
}
