package org.peerchain.storage.chain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.peerchain.storage.chain.ChainBuilder.NextBlock;
import org.peerchain.storage.kv.KeyValueStore;

/**
 * Run in a child JVM by {@link ChainStoreCrashIT}: opens (or initializes) the chain store in the
 * directory given as the first argument and commits blocks until it is killed, printing
 * {@code COMMITTED <height>} after each commit has returned.
 */
public final class ChainCrashWriter {
  static final String READY = "READY ";
  static final String COMMITTED = "COMMITTED ";
  private static final long MAX_RUN_NANOS = TimeUnit.MINUTES.toNanos(2);

  private ChainCrashWriter() {}

  public static void main(String[] args) {
    exitWhenParentGoes();
    Path dir = Path.of(args[0]);
    long seed = Long.parseLong(args[1]);
    ChainBuilder.Genesis genesis = ChainBuilder.genesis();
    try (KeyValueStore kv = StoreKind.openRocksDb(dir)) {
      ChainStore store = ChainStore.isInitialized(kv)
          ? ChainStore.open(kv, genesis.block().hash(), new TrieState(kv)::isAvailable)
          : ChainStore.initialize(kv, genesis.block(), genesis.state());
      report(READY + store.head().number());
      ChainBuilder builder = new ChainBuilder(seed, kv);
      Random random = new Random(seed);
      // Bounded so an orphaned child cannot run forever.
      long deadline = System.nanoTime() + MAX_RUN_NANOS;
      while (System.nanoTime() < deadline) {
        NextBlock next = builder.next(store.head(), 1 + random.nextInt(4));
        ChainHead head = store.commitBlock(next.block(), next.certificate(), next.receipts(), next.state());
        report(COMMITTED + head.number());
      }
    }
  }

  private static void report(String line) {
    System.out.println(line);
    System.out.flush();
  }

  /** The parent holds our stdin open; when it dies, stdin ends and so do we. */
  private static void exitWhenParentGoes() {
    Thread watcher = new Thread(() -> {
      try (InputStream in = System.in) {
        while (in.read() != -1) {
          // Nothing is sent; we only wait for the end.
        }
      } catch (IOException e) {
        // Same as end of input.
      }
      Runtime.getRuntime().halt(2);
    }, "parent-watcher");
    watcher.setDaemon(true);
    watcher.start();
  }
}
