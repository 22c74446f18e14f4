package org.peerchain.storage.snap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.Keccak;
import org.peerchain.core.types.Hash;
import org.peerchain.storage.kv.KeyValueStore;
import org.peerchain.storage.kv.RocksDbKeyValueStore;
import org.peerchain.storage.kv.RocksDbOptions;
import org.peerchain.storage.schema.Schema;
import org.peerchain.storage.state.StateHead;
import org.peerchain.storage.state.StatePruning;
import org.peerchain.storage.state.WorldState;

/** Done intervals against a bit-set model, and a sync killed halfway that resumes from disk. */
class SnapProgressTest {
  private static final int KEYS = 64;

  @TempDir Path dir;

  private static Hash key(int i) {
    return KeyInterval.toHash(BigInteger.valueOf(i));
  }

  @Property(tries = 300)
  void doneAndMissingPartitionTheKeySpace(@ForAll("intervals") List<int[]> marks) {
    SnapProgress progress = SnapProgress.open(SnapStates.newStore());
    progress.start(new StateHead(1, Keccak.hash(Bytes.of(1))));
    BitSet model = new BitSet();
    for (int[] mark : marks) {
      progress.markDone(new KeyInterval(key(mark[0]), key(mark[1])));
      model.set(mark[0], mark[1] + 1);
    }
    List<KeyInterval> done = progress.done();
    for (int i = 1; i < done.size(); i++) {
      BigInteger gap = KeyInterval.toNumber(done.get(i).start()).subtract(KeyInterval.toNumber(done.get(i - 1).end()));
      assertThat(gap).as("intervals are sorted and neither overlap nor touch").isGreaterThan(BigInteger.ONE);
    }
    for (int i = 0; i < KEYS + 2; i++) {
      Hash k = key(i);
      assertThat(done.stream().anyMatch(d -> d.contains(k))).as("key %d", i).isEqualTo(model.get(i));
      assertThat(progress.missing().stream().anyMatch(m -> m.contains(k))).as("key %d", i).isEqualTo(!model.get(i));
    }
    assertThat(progress.missing().get(progress.missing().size() - 1).end()).isEqualTo(KeyInterval.MAX_KEY);
    assertThat(progress.isComplete()).isFalse();
  }

  @Property(tries = 100)
  void splitCoversTheIntervalContiguously(@ForAll @IntRange(min = 1, max = 300) int parts, @ForAll("bounds") int[] bounds) {
    KeyInterval interval = bounds[1] < 0 ? KeyInterval.ALL : new KeyInterval(key(bounds[0]), key(bounds[0] + bounds[1]));
    List<KeyInterval> pieces = interval.split(parts);

    assertThat(pieces).hasSizeLessThanOrEqualTo(parts);
    assertThat(pieces.get(0).start()).isEqualTo(interval.start());
    assertThat(pieces.get(pieces.size() - 1).end()).isEqualTo(interval.end());
    for (int i = 1; i < pieces.size(); i++) {
      assertThat(KeyInterval.after(pieces.get(i - 1).end())).contains(pieces.get(i).start());
    }
  }

  @Test
  void theWholeSpaceDoneIsComplete() {
    SnapProgress progress = SnapProgress.open(SnapStates.newStore());
    progress.start(new StateHead(1, Keccak.hash(Bytes.of(1))));
    for (KeyInterval piece : KeyInterval.ALL.split(7)) {
      progress.markDone(piece);
    }
    assertThat(progress.isComplete()).isTrue();
    assertThat(progress.missing()).isEmpty();
    assertThat(progress.done()).containsExactly(KeyInterval.ALL);
  }

  @Test
  void aKilledSyncResumesWhereItWasAndANewPivotStartsOver() {
    Map<Hash, Bytes> model = new HashMap<>();
    for (int i = 0; i < 3_000; i++) {
      model.put(Keccak.hash(Bytes.of(i >> 8, i)), Bytes.of(0xc1, i & 0x7f));
    }
    KeyValueStore source = SnapStates.newStore();
    StateHead pivot = new StateHead(42, SnapStates.store(source, model));
    AccountRangeReader server = new AccountRangeReader(source);
    List<KeyInterval> tasks = KeyInterval.ALL.split(8);

    try (KeyValueStore store = open()) {
      SnapProgress progress = SnapProgress.open(store);
      assertThat(progress.start(pivot)).isFalse();
      SnapStateWriter writer = new SnapStateWriter(store, pivot);
      // Four tasks, one range of the fifth, and one range written but not yet marked when the
      // process dies.
      for (KeyInterval task : tasks.subList(0, 4)) {
        fetch(server, pivot, task, writer, progress, Integer.MAX_VALUE);
      }
      fetch(server, pivot, tasks.get(4), writer, progress, 1);
      fetch(server, pivot, tasks.get(6), writer, progress, 0);
    }

    try (KeyValueStore store = open()) {
      SnapProgress progress = SnapProgress.open(store);
      assertThat(progress.pivot()).contains(pivot);
      assertThat(progress.start(pivot)).isTrue();
      assertThat(progress.missing()).hasSize(1);
      assertThat(progress.missing().get(0).start()).isGreaterThan(tasks.get(4).start());
      SnapStateWriter writer = new SnapStateWriter(store, pivot);
      for (KeyInterval task : progress.missing()) {
        fetch(server, pivot, task, writer, progress, Integer.MAX_VALUE);
      }
      assertThat(progress.isComplete()).isTrue();
      assertThat(writer.finish()).isEqualTo(pivot.stateRoot());
      assertThat(WorldState.open(store, StatePruning.archive()).head()).contains(pivot);
      assertThat(SnapProgress.open(store).pivot()).isEmpty();
    }
  }

  @Test
  void aNewPivotDiscardsTheOldProgressAndStagedAccounts() {
    try (KeyValueStore store = open()) {
      SnapProgress progress = SnapProgress.open(store);
      progress.start(new StateHead(1, Keccak.hash(Bytes.of(1))));
      new SnapStateWriter(store, progress.pivot().orElseThrow())
          .write(new AccountRange(List.of(new RangeEntry(key(3), Bytes.of(1))), List.of()));
      progress.markDone(new KeyInterval(key(0), key(10)));

      assertThat(progress.start(new StateHead(2, Keccak.hash(Bytes.of(2))))).isFalse();
      assertThat(progress.done()).isEmpty();
      assertThat(store.first(Schema.SNAP_ACCOUNTS)).isEmpty();
      assertThat(SnapProgress.open(store).pivot()).contains(new StateHead(2, Keccak.hash(Bytes.of(2))));
    }
  }

  @Test
  void malformedProgressIsReported() {
    KeyValueStore store = SnapStates.newStore();
    store.newBatch().put(Schema.SNAP_PROGRESS, SnapProgress.DONE, Bytes.of(1, 2, 3)).commit();
    assertThatThrownBy(() -> SnapProgress.open(store)).isInstanceOf(IllegalStateException.class);
    store.newBatch().put(Schema.SNAP_PROGRESS, SnapProgress.DONE,
        SnapProgress.encodeDone(List.of(new KeyInterval(key(5), key(9)), new KeyInterval(key(1), key(2))))).commit();
    assertThatThrownBy(() -> SnapProgress.open(store)).isInstanceOf(IllegalStateException.class);
  }

  /** Fetches {@code task} in ranges of about 2 kB; stops after {@code maxRanges} (0: one range, left unmarked). */
  private static void fetch(
      AccountRangeReader server, StateHead pivot, KeyInterval task, SnapStateWriter writer, SnapProgress progress, int maxRanges) {
    Hash start = task.start();
    for (int n = 0; ; n++) {
      AccountRange range = server.read(pivot.stateRoot(), start, task.end(), 2_000);
      RangeProofVerifier.RangeCheck check = RangeProofVerifier.verify(pivot.stateRoot(), start, task.end(), range);
      writer.write(range);
      KeyInterval covered = SnapProgress.covered(start, task.end(), range, check);
      if (maxRanges == 0) {
        return;
      }
      progress.markDone(covered);
      if (!check.more() || n + 1 >= maxRanges) {
        return;
      }
      start = KeyInterval.after(covered.end()).orElseThrow();
    }
  }

  private KeyValueStore open() {
    return RocksDbKeyValueStore.open(dir, RocksDbOptions.defaults().withBlockCacheBytes(8 << 20), Schema.ALL);
  }

  @Provide
  Arbitrary<List<int[]>> intervals() {
    return Arbitraries.integers().between(0, KEYS - 1).array(int[].class).ofSize(2)
        .map(pair -> new int[] {Math.min(pair[0], pair[1]), Math.max(pair[0], pair[1])})
        .list().ofMaxSize(12);
  }

  @Provide
  Arbitrary<int[]> bounds() {
    return Combinators.combine(Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(-1, 1000))
        .as((from, width) -> new int[] {from, width});
  }
}
