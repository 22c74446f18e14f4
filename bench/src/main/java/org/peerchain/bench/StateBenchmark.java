package org.peerchain.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;
import org.peerchain.storage.kv.KeyValueStore;
import org.peerchain.storage.kv.RocksDbKeyValueStore;
import org.peerchain.storage.kv.RocksDbOptions;
import org.peerchain.storage.kv.WriteBatch;
import org.peerchain.storage.schema.Schema;
import org.peerchain.storage.state.Account;
import org.peerchain.storage.state.StateCommit;
import org.peerchain.storage.state.StatePruning;
import org.peerchain.storage.state.StateUpdate;
import org.peerchain.storage.state.WorldState;

/**
 * World state on RocksDB: funded accounts, then blocks of random transfers (update + root + batch
 * commit), then head reads (flat index) and historical reads (trie at an older root). Not JMH: a
 * block is a long, stateful operation, so medians over whole blocks say more. Run with
 * {@code java -Xmx8g -cp bench/target/benchmarks.jar org.peerchain.bench.StateBenchmark
 * [accounts] [blocks] [transfers] [archive|retainedBlocks]}.
 */
public final class StateBenchmark {
  private static final int READ_ROUNDS = 5;
  private static final long READ_ROUND_NANOS = 2_000_000_000L;
  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private StateBenchmark() {}

  public static void main(String[] args) throws Exception {
    int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int blocks = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int transfers = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
    StatePruning pruning = args.length > 3 && !args[3].equals("archive")
        ? StatePruning.retain(Integer.parseInt(args[3])) : StatePruning.archive();
    System.out.printf("StateBenchmark: %,d accounts, %d blocks of %,d transfers, pruning: %s, %d cpus, max heap %d MiB%n",
        accounts, blocks, transfers, pruning, Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);
    Path dir = Files.createTempDirectory("state-bench");
    try {
      run(dir, accounts, blocks, transfers, pruning);
    } finally {
      deleteRecursively(dir);
    }
  }

  private static void run(Path dir, int accounts, int blocks, int transfers, StatePruning pruning) throws Exception {
    Hash genesisRoot;
    Random random = new Random(42);
    try (KeyValueStore store = RocksDbKeyValueStore.open(dir, RocksDbOptions.defaults(), Schema.ALL)) {
      long start = System.nanoTime();
      WorldState state = WorldState.open(store, pruning);
      Map<Address, Account> alloc = new HashMap<>(accounts * 2);
      for (int i = 0; i < accounts; i++) {
        alloc.put(address(i), new Account(0, UInt256.valueOf(1_000_000_000_000L)));
      }
      StateCommit genesis = state.genesis(alloc);
      commit(store, state, genesis);
      genesisRoot = genesis.stateRoot();
      System.out.printf("setup: genesis with %,d accounts committed in %d ms, root %s%n",
          accounts, (System.nanoTime() - start) / 1_000_000, genesisRoot);
      // The head trie still holds every genesis node: no update loads a node from the store.
      blocks("warm head trie (resident in memory)", store, state, accounts, blocks, transfers, random);
    }
    // Reopened, the head trie starts from its root alone: every path an update takes is loaded.
    try (KeyValueStore store = RocksDbKeyValueStore.open(dir, RocksDbOptions.defaults(), Schema.ALL)) {
      WorldState state = WorldState.open(store, pruning);
      blocks("cold head trie (just reopened)", store, state, accounts, blocks, transfers, random);
      Random seeds = new Random(7);
      reads("head balance reads (flat index)", 1, accounts, seeds, a -> state.account(a).balance());
      reads("head balance reads (flat index)", 2, accounts, seeds, a -> state.account(a).balance());
      reads("historical balance reads (trie at genesis root)", 1, accounts, seeds,
          a -> state.account(a, genesisRoot).balance());
      reads("historical balance reads (trie at genesis root)", 2, accounts, seeds,
          a -> state.account(a, genesisRoot).balance());
    }
  }

  private static void blocks(
      String phase, KeyValueStore store, WorldState state, int accounts, int blocks, int transfers, Random random) {
    System.out.println(phase + ":");
    UInt256 fee = UInt256.valueOf(21_000);
    long[] total = new long[blocks];
    long[] apply = new long[blocks];
    long[] finish = new long[blocks];
    long[] write = new long[blocks];
    long[] cpu = new long[blocks];
    for (int b = 0; b < blocks; b++) {
      long cpu0 = OS.getProcessCpuTime();
      long t0 = System.nanoTime();
      StateUpdate update = state.begin();
      int updated = 0;
      for (int i = 0; i < transfers; i++) {
        Address from = address(random.nextInt(accounts));
        Address to = address(random.nextInt(accounts));
        UInt256 value = UInt256.valueOf(1 + random.nextInt(1000));
        Account sender = update.account(from);
        update.set(from, sender.withBalance(sender.balance().subtract(value).subtract(fee)).withNextNonce());
        Account recipient = update.account(to);
        update.set(to, recipient.withBalance(recipient.balance().add(value)));
        updated += 2;
      }
      long t1 = System.nanoTime();
      StateCommit commit = update.finish(state.head().orElseThrow().blockNumber() + 1);
      long t2 = System.nanoTime();
      commit(store, state, commit);
      long t3 = System.nanoTime();
      total[b] = t3 - t0;
      apply[b] = t1 - t0;
      finish[b] = t2 - t1;
      write[b] = t3 - t2;
      cpu[b] = OS.getProcessCpuTime() - cpu0;
      System.out.printf("block %d: %,d account updates, %d ms (reads+sets %d, trie+root+rows %d, batch commit %d),"
              + " process cpu %d ms%n",
          b + 1, updated, total[b] / 1_000_000, apply[b] / 1_000_000, finish[b] / 1_000_000, write[b] / 1_000_000,
          cpu[b] / 1_000_000);
    }
    long median = median(total);
    // On a shared machine wall time includes waiting for a core; cpu time shows what the work costs.
    System.out.printf("MEDIAN block, " + phase + ", update + root + commit: %d ms (reads+sets %d, trie+root+rows %d, batch commit %d,"
            + " process cpu %d) -> %,d account updates/s (load average %.1f)%n",
        median / 1_000_000, median(apply) / 1_000_000, median(finish) / 1_000_000, median(write) / 1_000_000,
        median(cpu) / 1_000_000, Math.round(2.0 * transfers / (median / 1e9)), OS.getSystemLoadAverage());
  }

  private static void reads(String what, int threads, int accounts, Random seeds, Consumer<Address> read)
      throws InterruptedException {
    long[] rates = new long[READ_ROUNDS];
    for (int round = 0; round < READ_ROUNDS; round++) {
      LongAdder count = new LongAdder();
      List<Thread> workers = new ArrayList<>();
      long deadline = System.nanoTime() + READ_ROUND_NANOS;
      long start = System.nanoTime();
      for (int t = 0; t < threads; t++) {
        Random random = new Random(seeds.nextLong());
        Thread worker = new Thread(() -> {
          long n = 0;
          while ((n & 255) != 0 || System.nanoTime() < deadline) {
            read.accept(address(random.nextInt(accounts)));
            n++;
          }
          count.add(n);
        });
        workers.add(worker);
        worker.start();
      }
      for (Thread worker : workers) {
        worker.join();
      }
      rates[round] = Math.round(count.sum() / ((System.nanoTime() - start) / 1e9));
    }
    System.out.printf("MEDIAN %s, %d thread%s: %,d reads/s (rounds: %s)%n",
        what, threads, threads == 1 ? "" : "s", median(rates), Arrays.toString(rates));
  }

  private static void commit(KeyValueStore store, WorldState state, StateCommit commit) {
    try (WriteBatch batch = store.newBatch()) {
      commit.writeTo(batch);
      batch.commit();
    }
    state.onCommitted(commit);
  }

  static Address address(int i) {
    byte[] bytes = new byte[Address.SIZE];
    // Spread like real addresses; the secure trie hashes them anyway.
    long mixed = i * 0x9E3779B97F4A7C15L;
    for (int k = 0; k < 8; k++) {
      bytes[k] = (byte) (mixed >>> (8 * k));
    }
    bytes[16] = (byte) (i >>> 24);
    bytes[17] = (byte) (i >>> 16);
    bytes[18] = (byte) (i >>> 8);
    bytes[19] = (byte) i;
    return Address.wrap(Bytes.wrap(bytes));
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static void deleteRecursively(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
