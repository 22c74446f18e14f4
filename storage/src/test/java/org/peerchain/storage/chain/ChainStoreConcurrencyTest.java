package org.peerchain.storage.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.peerchain.storage.chain.ChainBuilder.NextBlock;
import org.peerchain.storage.kv.KeyValueStore;

/** Readers during commits see the old head whole or the new head whole, never parts of both. */
class ChainStoreConcurrencyTest {
  private static final int BLOCKS = 80;
  private static final int READERS = 3;
  private static final long READER_DEADLINE_NANOS = TimeUnit.SECONDS.toNanos(30);

  @ParameterizedTest
  @EnumSource(StoreKind.class)
  @Timeout(60)
  void readersSeeWholeHeadsWhileBlocksAreCommitted(StoreKind kind, @TempDir Path dir) throws Exception {
    Queue<String> failures = new ConcurrentLinkedQueue<>();
    AtomicBoolean writerDone = new AtomicBoolean();
    AtomicLong reads = new AtomicLong();
    ExecutorService readers = Executors.newFixedThreadPool(READERS);
    try (KeyValueStore kv = kind.open(dir)) {
      ChainBuilder.Genesis genesis = ChainBuilder.genesis();
      ChainStore store = ChainStore.initialize(kv, genesis.block(), genesis.state());
      ChainBuilder builder = new ChainBuilder(7, kv);
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < READERS; i++) {
        running.add(readers.submit(() -> read(store, writerDone, failures, reads)));
      }
      for (int i = 0; i < BLOCKS; i++) {
        NextBlock next = builder.next(store.head(), i % 5);
        store.commitBlock(next.block(), next.certificate(), next.receipts(), next.state());
      }
      writerDone.set(true);
      readers.shutdown();
      assertThat(readers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
      for (Future<?> reader : running) {
        reader.get();
      }
      assertThat(failures).isEmpty();
      assertThat(reads.get()).isGreaterThan(BLOCKS);
      assertThat(store.head().number()).isEqualTo(BLOCKS);
    } finally {
      readers.shutdownNow();
    }
  }

  private static void read(ChainStore store, AtomicBoolean writerDone, Queue<String> failures, AtomicLong reads) {
    long deadline = System.nanoTime() + READER_DEADLINE_NANOS;
    long lastSeen = 0;
    while (!writerDone.get() && failures.isEmpty() && System.nanoTime() < deadline) {
      ChainHead head = store.head();
      if (head.number() < lastSeen) {
        failures.add("head moved back from " + lastSeen + " to " + head.number());
      }
      lastSeen = head.number();
      try (ChainSnapshot snapshot = store.snapshot()) {
        // The head was published after its commit, so a snapshot taken later holds all of it.
        failures.addAll(HeadConsistency.problems(snapshot, head));
        if (snapshot.head().number() < head.number()) {
          failures.add("snapshot head " + snapshot.head().number() + " is older than the published head "
              + head.number());
        }
        failures.addAll(HeadConsistency.problems(snapshot));
      }
      reads.incrementAndGet();
    }
  }
}
