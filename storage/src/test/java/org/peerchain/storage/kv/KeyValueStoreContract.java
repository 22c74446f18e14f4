package org.peerchain.storage.kv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peerchain.storage.kv.TestColumns.RAW;
import static org.peerchain.storage.kv.TestColumns.RAW_2;
import static org.peerchain.storage.schema.Schema.BLOCK_HEADERS;
import static org.peerchain.storage.schema.Schema.CANONICAL;
import static org.peerchain.storage.schema.Schema.METADATA;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Hash;

/**
 * What every {@link KeyValueStore} guarantees; each implementation runs it by extending this class.
 * Concurrent readers and the model-based property run over every {@link StoreKind} in
 * {@link KeyValueStoreConcurrencyTest} and {@link KeyValueStoreModelTest}.
 */
abstract class KeyValueStoreContract {
  private Path dir;
  protected KeyValueStore store;

  /** Opens the store kept in {@code dir}; an in-memory store ignores it. */
  protected abstract KeyValueStore open(Path dir);

  @BeforeEach
  void openStore() {
    dir = TempDirs.create("kv-contract");
    store = open(dir);
  }

  @AfterEach
  void closeStore() {
    store.close();
    TempDirs.delete(dir);
  }

  protected Path dir() {
    return dir;
  }

  static Hash hash(long n) {
    byte[] raw = new byte[Hash.SIZE];
    for (int i = 0; i < 8; i++) {
      raw[Hash.SIZE - 1 - i] = (byte) (n >>> (8 * i));
    }
    return Hash.wrap(raw);
  }

  static <K, V> List<K> keys(KvIterator<K, V> iterator) {
    try (iterator) {
      List<K> keys = new ArrayList<>();
      iterator.forEachRemaining(e -> keys.add(e.key()));
      return keys;
    }
  }

  @Test
  void putGetAndDeleteAcrossColumns() {
    try (WriteBatch batch = store.newBatch()) {
      batch.put(METADATA, "genesis", Bytes.of(1)).put(BLOCK_HEADERS, hash(1), Bytes.of(2)).put(CANONICAL, 0L, hash(1));
      batch.commit();
    }
    assertThat(store.get(METADATA, "genesis")).contains(Bytes.of(1));
    assertThat(store.get(BLOCK_HEADERS, hash(1))).contains(Bytes.of(2));
    assertThat(store.get(CANONICAL, 0L)).contains(hash(1));
    assertThat(store.contains(BLOCK_HEADERS, hash(2))).isFalse();

    try (WriteBatch batch = store.newBatch()) {
      batch.delete(BLOCK_HEADERS, hash(1)).delete(BLOCK_HEADERS, hash(9));
      batch.commit();
    }
    assertThat(store.contains(BLOCK_HEADERS, hash(1))).isFalse();
    assertThat(store.get(METADATA, "genesis")).contains(Bytes.of(1));
  }

  @Test
  void theSameKeyInTwoColumnsIsTwoEntries() {
    try (WriteBatch batch = store.newBatch()) {
      batch.put(RAW, Bytes.of(7), Bytes.of(1)).put(RAW_2, Bytes.of(7), Bytes.of(2)).commit();
    }
    assertThat(store.get(RAW, Bytes.of(7))).contains(Bytes.of(1));
    assertThat(store.get(RAW_2, Bytes.of(7))).contains(Bytes.of(2));
  }

  @Test
  void aBatchIsInvisibleUntilCommitAndLaterWritesWin() {
    try (WriteBatch batch = store.newBatch()) {
      batch.put(RAW, Bytes.of(1), Bytes.of(1)).put(RAW_2, Bytes.of(2), Bytes.of(2));
      batch.put(RAW, Bytes.of(3), Bytes.of(3)).delete(RAW, Bytes.of(3));
      batch.put(RAW, Bytes.of(1), Bytes.of(9));
      assertThat(store.contains(RAW, Bytes.of(1))).isFalse();
      assertThat(store.contains(RAW_2, Bytes.of(2))).isFalse();
      batch.commit();
    }
    assertThat(store.get(RAW, Bytes.of(1))).contains(Bytes.of(9));
    assertThat(store.get(RAW_2, Bytes.of(2))).contains(Bytes.of(2));
    assertThat(store.contains(RAW, Bytes.of(3))).isFalse();
  }

  @Test
  void aBatchClosedWithoutCommitIsDiscarded() {
    try (WriteBatch batch = store.newBatch()) {
      batch.put(RAW, Bytes.of(1), Bytes.of(1));
    }
    assertThat(store.contains(RAW, Bytes.of(1))).isFalse();
  }

  @Test
  void aBatchCannotBeUsedAfterCommitOrClose() {
    WriteBatch committed = store.newBatch();
    committed.put(RAW, Bytes.of(1), Bytes.of(1)).commit();
    assertThatThrownBy(committed::commit).isInstanceOf(IllegalStateException.class).hasMessageContaining("committed");
    assertThatThrownBy(() -> committed.put(RAW, Bytes.of(2), Bytes.of(2))).isInstanceOf(IllegalStateException.class);
    committed.close();
    committed.close();

    WriteBatch closed = store.newBatch();
    closed.close();
    assertThatThrownBy(() -> closed.delete(RAW, Bytes.of(1))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    assertThatThrownBy(closed::commit).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aColumnOutsideTheStoreIsRefused() {
    Column<Bytes, Bytes> stranger = Column.of(4242, "stranger", Serializers.BYTES, Serializers.BYTES);
    Column<Bytes, Bytes> impostor = Column.of(RAW.id(), "impostor", Serializers.BYTES, Serializers.BYTES);
    assertThatThrownBy(() -> store.get(stranger, Bytes.of(1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("4242-stranger");
    try (WriteBatch batch = store.newBatch()) {
      assertThatThrownBy(() -> batch.put(impostor, Bytes.of(1), Bytes.of(1)))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void keysIterateInUnsignedByteOrder() {
    List<Bytes> keys = List.of(Bytes.EMPTY, Bytes.of(0), Bytes.of(0, 0), Bytes.of(0, 0xff), Bytes.of(1),
        Bytes.of(0x7f), Bytes.of(0x80), Bytes.of(0xff), Bytes.of(0xff, 0));
    try (WriteBatch batch = store.newBatch()) {
      for (int i = keys.size() - 1; i >= 0; i--) {
        batch.put(RAW, keys.get(i), Bytes.of(i));
      }
      batch.commit();
    }
    assertThat(keys(store.iterate(RAW))).containsExactlyElementsOf(keys);
    assertThat(keys(store.iterate(RAW, KeyRange.all().descending()))).containsExactlyElementsOf(reversed(keys));
    assertThat(store.first(RAW).map(KvEntry::key)).contains(Bytes.EMPTY);
    assertThat(store.last(RAW).map(KvEntry::key)).contains(Bytes.of(0xff, 0));
  }

  @Test
  void longKeysIterateInNumericOrder() {
    List<Long> numbers = List.of(0L, 1L, 2L, 255L, 256L, 65_535L, 65_536L, 1L << 40, Long.MAX_VALUE);
    try (WriteBatch batch = store.newBatch()) {
      numbers.forEach(n -> batch.put(CANONICAL, n, hash(n)));
      batch.commit();
    }
    assertThat(keys(store.iterate(CANONICAL))).containsExactlyElementsOf(numbers);
    assertThat(keys(store.iterateFrom(CANONICAL, 256L))).startsWith(256L, 65_535L);
    assertThat(store.last(CANONICAL)).contains(new KvEntry<>(Long.MAX_VALUE, hash(Long.MAX_VALUE)));
    assertThat(store.floor(CANONICAL, 65_000L).map(KvEntry::key)).contains(256L);
    assertThat(store.floor(CANONICAL, 65_535L).map(KvEntry::key)).contains(65_535L);
    try (Stream<KvEntry<Long, Hash>> stream = store.stream(CANONICAL, KeyRange.all())) {
      assertThat(stream.mapToLong(KvEntry::key).limit(3)).containsExactly(0L, 1L, 2L);
    }
  }

  @Test
  void rangesPrefixesAndDescendingIteration() {
    List<Bytes> keys = List.of(Bytes.of(1), Bytes.of(1, 0), Bytes.of(1, 5), Bytes.of(1, 0xff), Bytes.of(1, 0xff, 0xff),
        Bytes.of(2), Bytes.of(0xff), Bytes.of(0xff, 0xff), Bytes.of(0xff, 0xff, 1));
    try (WriteBatch batch = store.newBatch()) {
      keys.forEach(k -> batch.put(RAW, k, k));
      batch.commit();
    }
    assertThat(keys(store.iterate(RAW, KeyRange.prefix(Bytes.of(1)))))
        .containsExactly(Bytes.of(1), Bytes.of(1, 0), Bytes.of(1, 5), Bytes.of(1, 0xff), Bytes.of(1, 0xff, 0xff));
    assertThat(keys(store.iterate(RAW, KeyRange.prefix(Bytes.of(1, 0xff)).descending())))
        .containsExactly(Bytes.of(1, 0xff, 0xff), Bytes.of(1, 0xff));
    assertThat(keys(store.iterate(RAW, KeyRange.prefix(Bytes.of(0xff, 0xff)))))
        .containsExactly(Bytes.of(0xff, 0xff), Bytes.of(0xff, 0xff, 1));
    assertThat(keys(store.iterate(RAW, KeyRange.between(Bytes.of(1, 0), Bytes.of(2)))))
        .containsExactly(Bytes.of(1, 0), Bytes.of(1, 5), Bytes.of(1, 0xff), Bytes.of(1, 0xff, 0xff));
    assertThat(keys(store.iterate(RAW, KeyRange.between(Bytes.of(1, 0), Bytes.of(2)).descending())))
        .containsExactly(Bytes.of(1, 0xff, 0xff), Bytes.of(1, 0xff), Bytes.of(1, 5), Bytes.of(1, 0));
    assertThat(keys(store.iterate(RAW, KeyRange.upTo(Bytes.of(1, 5)).descending())))
        .containsExactly(Bytes.of(1, 0), Bytes.of(1));
    // An exclusive upper bound that is a prefix of stored keys leaves them all out, both ways (the
    // address index reads "blocks below n" as address ‖ n).
    assertThat(keys(store.iterate(RAW, KeyRange.between(Bytes.of(1), Bytes.of(1, 0xff)).descending())))
        .containsExactly(Bytes.of(1, 5), Bytes.of(1, 0), Bytes.of(1));
    assertThat(keys(store.iterate(RAW, KeyRange.between(Bytes.of(1, 0), Bytes.of(1, 0xff)))))
        .containsExactly(Bytes.of(1, 0), Bytes.of(1, 5));
    assertThat(keys(store.iterate(RAW, KeyRange.from(Bytes.of(0xff, 0xff)))))
        .containsExactly(Bytes.of(0xff, 0xff), Bytes.of(0xff, 0xff, 1));
    assertThat(keys(store.iterate(RAW, KeyRange.prefix(Bytes.of(3))))).isEmpty();
    assertThat(keys(store.iterate(RAW_2))).isEmpty();
    assertThat(store.last(RAW_2)).isEmpty();
  }

  @Test
  void anIteratorSeesTheStoreAsOfItsCreation() {
    put(RAW, Bytes.of(1), Bytes.of(1));
    try (KvIterator<Bytes, Bytes> it = store.iterate(RAW)) {
      put(RAW, Bytes.of(2), Bytes.of(2));
      assertThat(it.next().key()).isEqualTo(Bytes.of(1));
      assertThat(it.hasNext()).isFalse();
    }
  }

  @Test
  void aSnapshotIsUnaffectedByLaterCommits() {
    put(RAW, Bytes.of(1), Bytes.of(1));
    put(METADATA, "head", Bytes.of(1));
    try (Snapshot snapshot = store.snapshot()) {
      try (WriteBatch batch = store.newBatch()) {
        batch.delete(RAW, Bytes.of(1)).put(RAW, Bytes.of(2), Bytes.of(2)).put(METADATA, "head", Bytes.of(2)).commit();
      }
      assertThat(snapshot.get(RAW, Bytes.of(1))).contains(Bytes.of(1));
      assertThat(snapshot.contains(RAW, Bytes.of(2))).isFalse();
      assertThat(snapshot.get(METADATA, "head")).contains(Bytes.of(1));
      assertThat(keys(snapshot.iterate(RAW))).containsExactly(Bytes.of(1));
      assertThat(snapshot.last(RAW).map(KvEntry::key)).contains(Bytes.of(1));

      assertThat(store.get(METADATA, "head")).contains(Bytes.of(2));
      assertThat(keys(store.iterate(RAW))).containsExactly(Bytes.of(2));
    }
  }

  @Test
  void getAllAnswersEveryKeyInOrderLikeSeparateGets() {
    // More keys than one native multi-get takes, with absent and repeated keys mixed in.
    List<Hash> keys = new ArrayList<>();
    try (WriteBatch batch = store.newBatch()) {
      for (long n = 0; n < 20_000; n++) {
        keys.add(hash(n));
        if (n % 3 != 0) {
          batch.put(BLOCK_HEADERS, hash(n), Bytes.of((int) (n % 256)));
        }
      }
      batch.commit();
    }
    keys.add(hash(5));
    keys.add(hash(99_999));
    List<java.util.Optional<Bytes>> values = store.getAll(BLOCK_HEADERS, keys);
    assertThat(values).hasSize(keys.size());
    for (int i = 0; i < keys.size(); i++) {
      assertThat(values.get(i)).as("key %d", i).isEqualTo(store.get(BLOCK_HEADERS, keys.get(i)));
    }
    assertThat(values.get(0)).isEmpty();
    assertThat(values.get(1)).contains(Bytes.of(1));
    assertThat(values.get(keys.size() - 2)).contains(Bytes.of(5));
    assertThat(values.get(keys.size() - 1)).isEmpty();
    assertThat(store.getAll(BLOCK_HEADERS, List.of())).isEmpty();
    assertThat(store.getAll(CANONICAL, List.of(7L))).containsExactly(java.util.Optional.empty());
  }

  @Test
  void getAllInASnapshotIgnoresLaterCommits() {
    put(RAW, Bytes.of(1), Bytes.of(1));
    try (Snapshot snapshot = store.snapshot()) {
      try (WriteBatch batch = store.newBatch()) {
        batch.delete(RAW, Bytes.of(1)).put(RAW, Bytes.of(2), Bytes.of(2)).commit();
      }
      assertThat(snapshot.getAll(RAW, List.of(Bytes.of(1), Bytes.of(2))))
          .containsExactly(java.util.Optional.of(Bytes.of(1)), java.util.Optional.empty());
      assertThat(store.getAll(RAW, List.of(Bytes.of(1), Bytes.of(2))))
          .containsExactly(java.util.Optional.empty(), java.util.Optional.of(Bytes.of(2)));
    }
  }

  @Test
  void getAllRefusesBadInputAndAClosedStore() {
    assertThatThrownBy(() -> store.getAll(CANONICAL, List.of(-1L))).isInstanceOf(IllegalArgumentException.class);
    Snapshot snapshot = store.snapshot();
    snapshot.close();
    assertThatThrownBy(() -> snapshot.getAll(RAW, List.of(Bytes.of(1)))).isInstanceOf(IllegalStateException.class);
    store.close();
    assertThatThrownBy(() -> store.getAll(RAW, List.of(Bytes.of(1)))).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void closedIteratorsAndSnapshotsRefuseUse() {
    put(RAW, Bytes.of(1), Bytes.of(1));
    KvIterator<Bytes, Bytes> it = store.iterate(RAW);
    it.close();
    assertThatThrownBy(it::hasNext).isInstanceOf(IllegalStateException.class);
    Snapshot snapshot = store.snapshot();
    KvIterator<Bytes, Bytes> fromSnapshot = snapshot.iterate(RAW);
    snapshot.close();
    snapshot.close();
    assertThatThrownBy(() -> snapshot.get(RAW, Bytes.of(1))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(fromSnapshot::next).isInstanceOf(IllegalStateException.class);
    fromSnapshot.close();
  }

  @Test
  void closingTheStoreClosesWhatIsStillOpen() {
    put(RAW, Bytes.of(1), Bytes.of(1));
    KvIterator<Bytes, Bytes> it = store.iterate(RAW);
    Snapshot snapshot = store.snapshot();
    KvIterator<Bytes, Bytes> fromSnapshot = snapshot.iterate(RAW);
    WriteBatch batch = store.newBatch().put(RAW, Bytes.of(2), Bytes.of(2));

    store.close();

    assertThatThrownBy(it::hasNext).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(fromSnapshot::hasNext).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> snapshot.get(RAW, Bytes.of(1))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(batch::commit).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> store.get(RAW, Bytes.of(1))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(store::newBatch).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(store::snapshot).isInstanceOf(IllegalStateException.class);
    it.close();
    fromSnapshot.close();
    snapshot.close();
    batch.close();
    store.close();
  }

  protected <K, V> void put(Column<K, V> column, K key, V value) {
    try (WriteBatch batch = store.newBatch()) {
      batch.put(column, key, value).commit();
    }
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    java.util.Collections.reverse(copy);
    return copy;
  }
}
