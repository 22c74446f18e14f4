package org.peerchain.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;
import org.peerchain.storage.kv.KeyValueStore;
import org.peerchain.storage.kv.RocksDbKeyValueStore;
import org.peerchain.storage.kv.RocksDbOptions;
import org.peerchain.storage.kv.WriteBatch;
import org.peerchain.storage.schema.Schema;
import org.peerchain.storage.snap.AccountRange;
import org.peerchain.storage.snap.AccountRangeReader;
import org.peerchain.storage.snap.KeyInterval;
import org.peerchain.storage.snap.RangeProofVerifier;
import org.peerchain.storage.snap.SnapStateWriter;
import org.peerchain.storage.state.Account;
import org.peerchain.storage.state.StateCommit;
import org.peerchain.storage.state.StateHead;
import org.peerchain.storage.state.StatePruning;
import org.peerchain.storage.state.WorldState;

/**
 * Snap sync's storage work without the network: a RocksDB state of funded accounts is read range
 * by range (serving), each range verified against the root (client) and staged in a second RocksDB
 * store, then the trie is built from the staged accounts and its root checked. One thread, as one
 * peer's stream; the figures show where a sync's CPU goes. Not JMH: one pass over a large state is
 * the measurement. Run with {@code java -Xmx4g -cp bench/target/benchmarks.jar
 * org.peerchain.bench.SnapRangeBenchmark [accounts] [byteBudget]}.
 */
public final class SnapRangeBenchmark {
  private SnapRangeBenchmark() {}

  public static void main(String[] args) throws Exception {
    int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int budget = args.length > 1 ? Integer.parseInt(args[1]) : 512 * 1024;
    System.out.printf("SnapRangeBenchmark: %,d accounts, %,d-byte ranges, %d cpus, max heap %d MiB%n",
        accounts, budget, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    Path sourceDir = Files.createTempDirectory("snap-bench-source");
    Path targetDir = Files.createTempDirectory("snap-bench-target");
    try (KeyValueStore source = RocksDbKeyValueStore.open(sourceDir, RocksDbOptions.defaults(), Schema.ALL);
        KeyValueStore target = RocksDbKeyValueStore.open(targetDir, RocksDbOptions.defaults(), Schema.ALL)) {
      StateHead pivot = fund(source, accounts);
      sync(source, target, pivot, accounts, budget);
    } finally {
      deleteRecursively(sourceDir);
      deleteRecursively(targetDir);
    }
  }

  private static StateHead fund(KeyValueStore store, int accounts) {
    long start = System.nanoTime();
    WorldState state = WorldState.open(store, StatePruning.archive());
    Map<Address, Account> alloc = new HashMap<>(accounts * 2);
    for (int i = 0; i < accounts; i++) {
      alloc.put(StateBenchmark.address(i), new Account(i % 7, UInt256.valueOf(1_000_000_000L + i)));
    }
    StateCommit genesis = state.genesis(alloc);
    try (WriteBatch batch = store.newBatch()) {
      genesis.writeTo(batch);
      batch.commit();
    }
    state.onCommitted(genesis);
    System.out.printf("setup: source state of %,d accounts in %d ms, root %s%n",
        accounts, (System.nanoTime() - start) / 1_000_000, genesis.stateRoot());
    return state.head().orElseThrow();
  }

  private static void sync(KeyValueStore source, KeyValueStore target, StateHead pivot, int accounts, int budget) {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    AccountRangeReader reader = new AccountRangeReader(source);
    SnapStateWriter writer = new SnapStateWriter(target, pivot);
    Hash root = pivot.stateRoot();
    long readWall = 0;
    long verifyWall = 0;
    long writeWall = 0;
    long readCpu = 0;
    long verifyCpu = 0;
    long writeCpu = 0;
    long entryBytes = 0;
    long proofBytes = 0;
    long ranges = 0;
    long synced = 0;
    long wallStart = System.nanoTime();
    Hash cursor = KeyInterval.MIN_KEY;
    while (cursor != null) {
      long w0 = System.nanoTime();
      long t0 = cpu.getCurrentThreadCpuTime();
      AccountRange range = reader.read(root, cursor, KeyInterval.MAX_KEY, budget);
      long t1 = cpu.getCurrentThreadCpuTime();
      long w1 = System.nanoTime();
      boolean more = RangeProofVerifier.verify(root, cursor, KeyInterval.MAX_KEY, range).more();
      long t2 = cpu.getCurrentThreadCpuTime();
      long w2 = System.nanoTime();
      writer.write(range);
      long t3 = cpu.getCurrentThreadCpuTime();
      readWall += w1 - w0;
      verifyWall += w2 - w1;
      writeWall += System.nanoTime() - w2;
      readCpu += t1 - t0;
      verifyCpu += t2 - t1;
      writeCpu += t3 - t2;
      ranges++;
      synced += range.entries().size();
      long total = range.byteSize();
      long entries = range.entries().stream().mapToLong(e -> e.size()).sum();
      entryBytes += entries;
      proofBytes += total - entries;
      cursor = more
          ? KeyInterval.after(range.entries().get(range.entries().size() - 1).keyHash()).orElse(null)
          : null;
    }
    long rangesWall = System.nanoTime() - wallStart;
    long f0 = cpu.getCurrentThreadCpuTime();
    long finishStart = System.nanoTime();
    Hash built = writer.finish();
    long finishWall = System.nanoTime() - finishStart;
    long finishCpu = cpu.getCurrentThreadCpuTime() - f0;
    if (!built.equals(root) || synced != accounts) {
      throw new IllegalStateException("synced " + synced + " accounts to root " + built + ", expected " + root);
    }
    System.out.printf("ranges: %,d of ~%,d accounts each, %,d accounts in %.2f s wall: %,.0f accounts/s (read + verify + stage)%n",
        ranges, synced / ranges, synced, rangesWall / 1e9, synced / (rangesWall / 1e9));
    System.out.printf("bytes: %.1f per account on the wire (%.1f entry + %.2f proof), proof overhead %.2f%%%n",
        (entryBytes + proofBytes) / (double) synced, entryBytes / (double) synced, proofBytes / (double) synced,
        100.0 * proofBytes / entryBytes);
    double per100k = 100_000.0 / synced / 1e6;
    System.out.printf("wall per 100k accounts: read %.0f ms, verify %.0f ms, stage %.0f ms, build trie %.0f ms%n",
        readWall * per100k, verifyWall * per100k, writeWall * per100k, finishWall * per100k);
    System.out.printf("cpu per 100k accounts: read %.0f ms, verify %.0f ms, stage %.0f ms, build trie %.0f ms%n",
        readCpu * per100k, verifyCpu * per100k, writeCpu * per100k, finishCpu * per100k);
    System.out.printf("build: trie of %,d accounts built, stored and checked in %.2f s wall (%,.0f accounts/s)%n",
        synced, finishWall / 1e9, synced / (finishWall / 1e9));
    System.out.printf("total: %.2f s wall, %,.0f accounts/s end to end on one thread%n",
        (rangesWall + finishWall) / 1e9, synced / ((rangesWall + finishWall) / 1e9));
  }

  private static void deleteRecursively(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
