package org.peerchain.storage.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerchain.storage.schema.Schema.TRIE_NODES;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.peerchain.core.types.Hash;
import org.peerchain.storage.kv.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kills a child JVM that commits blocks with SIGKILL at random moments and checks after each kill
 * that the store reopens at a whole head, with its state, never behind a commit that had returned.
 * {@code -Dpeerchain.crash.iterations=200} (and {@code -Dpeerchain.crash.seed=N}) for a longer run.
 */
class ChainStoreCrashIT {
  private static final Logger LOG = LoggerFactory.getLogger(ChainStoreCrashIT.class);
  private static final int ITERATIONS = Integer.getInteger("peerchain.crash.iterations", 20);
  private static final long SEED = Long.getLong("peerchain.crash.seed", 20240601L);
  private static final Hash GENESIS = ChainBuilder.genesis().block().hash();

  @TempDir
  private Path tmp;

  @Test
  @Timeout(value = 30, unit = TimeUnit.MINUTES)
  void theStoreSurvivesBeingKilledAtAnyMoment() throws Exception {
    Path dir = tmp.resolve("data");
    Path stderr = tmp.resolve("child.err");
    Random random = new Random(SEED);
    long lastReported = -1;
    long lastHead = 0;
    long started = System.nanoTime();
    for (int kill = 1; kill <= ITERATIONS; kill++) {
      long reported;
      try (ChildWriter child = ChildWriter.start(dir, SEED + kill, stderr)) {
        long openedAt = child.awaitReady(60);
        assertThat(openedAt).as("head when the child reopened").isGreaterThanOrEqualTo(lastReported);
        Thread.sleep(50 + random.nextInt(351));
        assertThat(child.isAlive()).as("child still committing" + child.diagnostics()).isTrue();
        child.kill();
        reported = child.highestCommitted();
      }
      lastReported = Math.max(lastReported, reported);
      ChainHead head = reopenAndCheck(dir, lastReported);
      assertThat(head.number()).as("head after kill %d", kill).isGreaterThanOrEqualTo(lastHead);
      lastHead = head.number();
      LOG.info("kill {}: child reported up to {}, store reopened at {}", kill, reported, head.number());
    }
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
    LOG.info("{} kills in {} s, final head {} (seed {})", ITERATIONS, seconds, lastHead, SEED);
    // Make sure the kills interrupted real work, not idle children.
    assertThat(lastHead).isGreaterThanOrEqualTo(ITERATIONS);
    Files.deleteIfExists(stderr);
  }

  /** Opens the store as a restarting node would (startup checks included) and checks its head. */
  private static ChainHead reopenAndCheck(Path dir, long lastReported) {
    try (KeyValueStore kv = StoreKind.openRocksDb(dir)) {
      TrieState state = new TrieState(kv);
      ChainStore store = ChainStore.open(kv, GENESIS, state::isAvailable);
      ChainHead head = store.head();
      assertThat(head.number()).as("head never behind a returned commit").isGreaterThanOrEqualTo(lastReported);
      try (ChainSnapshot snapshot = store.snapshot()) {
        assertThat(HeadConsistency.problems(snapshot)).isEmpty();
      }
      assertThat(kv.get(TRIE_NODES, head.stateRoot())).as("state root node").isPresent();
      assertThat(state.read(head.stateRoot(), TrieState.HEIGHT_KEY)).contains(ChainBuilder.height(head.number()));
      return head;
    }
  }
}
