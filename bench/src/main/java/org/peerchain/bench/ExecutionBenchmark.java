package org.peerchain.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.stream.Stream;
import org.peerchain.consensus.execution.BlockBuilder;
import org.peerchain.consensus.execution.BlockExecutor;
import org.peerchain.consensus.execution.BuiltBlock;
import org.peerchain.consensus.execution.ChainRules;
import org.peerchain.consensus.execution.ExecutionResult;
import org.peerchain.consensus.execution.GenesisBlock;
import org.peerchain.consensus.execution.SenderRecovery;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.BlockCodec;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.block.CommitCertificate;
import org.peerchain.core.block.CommitSignature;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.PrivateKey;
import org.peerchain.core.crypto.Secp256k1;
import org.peerchain.core.crypto.Signature;
import org.peerchain.core.genesis.Genesis;
import org.peerchain.core.genesis.GenesisAccount;
import org.peerchain.core.genesis.GenesisValidator;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionSigner;
import org.peerchain.core.tx.TransactionType;
import org.peerchain.core.tx.UnsignedTransaction;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.UInt256;
import org.peerchain.storage.chain.ChainStore;
import org.peerchain.storage.kv.InMemoryKeyValueStore;
import org.peerchain.storage.kv.KeyValueStore;
import org.peerchain.storage.kv.RocksDbKeyValueStore;
import org.peerchain.storage.kv.RocksDbOptions;
import org.peerchain.storage.kv.WriteBatch;
import org.peerchain.storage.schema.Schema;
import org.peerchain.storage.state.StateCommit;
import org.peerchain.storage.state.StatePruning;
import org.peerchain.storage.state.WorldState;

/**
 * A follower's block path end to end: blocks of pre-signed type-2 transfers between random funded
 * accounts arrive as bytes, are decoded (not timed), then executed (validity, sender recovery on
 * 1 or 2 threads, apply, roots) and committed to a RocksDB chain store in one synced batch each
 * (timed). Not JMH: a block is a long, stateful step, so medians over whole blocks say more. Run
 * with {@code java -Xmx4g -cp bench/target/benchmarks.jar org.peerchain.bench.ExecutionBenchmark
 * [accounts] [blocks of 1,000] [blocks of 10,000] [archive|retainedBlocks]} (defaults: 100,000, 20, 6,
 * retain 128).
 */
public final class ExecutionBenchmark {
  private static final long CHAIN_ID = Transfers.CHAIN_ID;
  private static final Address PROPOSER = Address.fromHexString("0x00000000000000000000000000000000000000bb");
  private static final UInt256 FUNDS = UInt256.valueOf(BigInteger.TEN.pow(21));
  private static final Signature PLACEHOLDER = new Signature(BigInteger.ONE, BigInteger.ONE, 0);
  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private ExecutionBenchmark() {}

  public static void main(String[] args) throws Exception {
    int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int smallBlocks = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int largeBlocks = args.length > 2 ? Integer.parseInt(args[2]) : 6;
    StatePruning pruning = args.length > 3 && args[3].equals("archive")
        ? StatePruning.archive() : StatePruning.retain(args.length > 3 ? Integer.parseInt(args[3]) : 128);
    System.out.printf("ExecutionBenchmark: %,d funded accounts, state pruning: %s, secp256k1 %s, %d cpus,"
        + " load average %.1f, max heap %d MiB%n", accounts, pruning, Secp256k1.get().getClass().getSimpleName(),
        Runtime.getRuntime().availableProcessors(), OS.getSystemLoadAverage(), Runtime.getRuntime().maxMemory() >> 20);
    long start = System.nanoTime();
    Accounts funded = Accounts.create(accounts, new Random(42));
    Genesis genesis = genesis(funded);
    System.out.printf("setup: %,d keys in %d ms%n", accounts, (System.nanoTime() - start) / 1_000_000);

    List<String> summary = new ArrayList<>();
    for (int[] run : new int[][] {{1_000, smallBlocks}, {10_000, largeBlocks}}) {
      start = System.nanoTime();
      List<Bytes> blocks = presign(genesis, funded, run[0], run[1], new Random(run[0]));
      System.out.printf("setup: %d blocks of %,d signed and built in %d ms%n", run[1], run[0],
          (System.nanoTime() - start) / 1_000_000);
      for (int threads = 1; threads <= 2; threads++) {
        summary.add(follow(genesis, pruning, blocks, run[0], threads, false));
      }
      summary.add(follow(genesis, pruning, blocks, run[0], 2, true));
    }
    System.out.printf("SUMMARY (execute + commit per block; target with senders known >= 30,000 transfers/s; load average now %.1f):%n",
        OS.getSystemLoadAverage());
    summary.forEach(System.out::println);
  }

  /** Executes and commits {@code blocks} on a fresh RocksDB chain; returns the summary line. */
  private static String follow(
      Genesis genesis, StatePruning pruning, List<Bytes> blocks, int size, int threads, boolean sendersKnown)
      throws IOException {
    Path dir = Files.createTempDirectory("execution-bench");
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads - 1), daemon());
    try (KeyValueStore kv = RocksDbKeyValueStore.open(dir, RocksDbOptions.defaults(), Schema.ALL)) {
      WorldState state = WorldState.open(kv, pruning);
      GenesisBlock.Result g = GenesisBlock.build(genesis, state);
      ChainStore chain = ChainStore.initialize(kv, g.block(), g.state());
      state.onCommitted(g.state());
      BlockHeader head = g.block().header();
      SenderRecovery recovery = threads == 1 ? SenderRecovery.sequential() : SenderRecovery.on(pool, threads);
      BlockExecutor executor = new BlockExecutor(ChainRules.of(genesis), recovery);

      long[] total = new long[blocks.size()];
      long[] execute = new long[blocks.size()];
      long[] cpu = new long[blocks.size()];
      for (int i = 0; i < blocks.size(); i++) {
        Block block = BlockCodec.decode(blocks.get(i)); // as received: nothing cached on the transactions
        if (sendersKnown) {
          recovery.recover(block.transactions()); // not timed: the pool knew these senders
        }
        long cpu0 = OS.getProcessCpuTime();
        long t0 = System.nanoTime();
        ExecutionResult result = executor.execute(block, head, state, block.header().timestamp());
        long t1 = System.nanoTime();
        if (!(result instanceof ExecutionResult.Executed executed)) {
          throw new IllegalStateException("benchmark block rejected: " + result);
        }
        chain.commitBlock(block, certificate(block), executed.receipts(), executed.stateCommit());
        state.onCommitted(executed.stateCommit());
        head = block.header();
        long t2 = System.nanoTime();
        total[i] = t2 - t0;
        execute[i] = t1 - t0;
        cpu[i] = OS.getProcessCpuTime() - cpu0;
        System.out.printf("block %d, %,d transfers, %s: %d ms (execute %d, commit %d), process cpu %d ms%n",
            block.number(), size, mode(threads, sendersKnown), total[i] / 1_000_000, execute[i] / 1_000_000,
            (t2 - t1) / 1_000_000, cpu[i] / 1_000_000);
      }
      long median = median(total);
      // On a shared machine wall time includes waiting for a core; cpu time shows what the work costs.
      return String.format("MEDIAN block size %,d, %s: %d ms per block (execute %d ms, process cpu %d ms)"
          + " -> %,d transfers/s", size, mode(threads, sendersKnown), median / 1_000_000, median(execute) / 1_000_000,
          median(cpu) / 1_000_000, Math.round(size / (median / 1e9)));
    } finally {
      pool.shutdownNow();
      deleteRecursively(dir);
    }
  }

  private static String mode(int threads, boolean sendersKnown) {
    return sendersKnown ? "senders known" : "threads " + threads;
  }

  /**
   * Signs the transfers and builds the blocks on an in-memory proposer chain, so that every block
   * is valid and carries its roots; returns them encoded, as they travel.
   */
  static List<Bytes> presign(Genesis genesis, Accounts funded, int size, int count, Random random) {
    KeyValueStore kv = InMemoryKeyValueStore.create(Schema.ALL);
    WorldState state = WorldState.open(kv, StatePruning.archive());
    GenesisBlock.Result g = GenesisBlock.build(genesis, state);
    write(kv, state, g.state());
    BlockBuilder builder = new BlockBuilder(ChainRules.of(genesis).withMaxBlockBytes(Integer.MAX_VALUE));
    long[] nonces = new long[funded.size()];
    BlockHeader head = g.block().header();
    Address proposer = genesis.validators().get(0).address();
    List<Bytes> blocks = new ArrayList<>();
    for (int b = 0; b < count; b++) {
      List<Transaction> txs = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        int from = random.nextInt(funded.size());
        txs.add(TransactionSigner.sign(UnsignedTransaction.builder(TransactionType.DYNAMIC_FEE)
            .nonce(nonces[from]++)
            .maxPriorityFeePerGas(UInt256.valueOf(1_000_000_000L))
            .maxFeePerGas(UInt256.valueOf(30_000_000_000L))
            .gasLimit(21_000)
            .to(funded.address(random.nextInt(funded.size())))
            .value(UInt256.valueOf(1 + random.nextInt(1_000_000)))
            .build(), CHAIN_ID, funded.key(from)));
      }
      BuiltBlock built = builder.build(head, proposer, head.timestamp() + 1, txs, state, Bytes.EMPTY);
      if (!built.skipped().isEmpty()) {
        throw new IllegalStateException("benchmark transfer refused: " + built.skipped().get(0).rejection());
      }
      write(kv, state, built.executed().stateCommit());
      head = built.block().header();
      blocks.add(BlockCodec.encode(built.block()));
    }
    return blocks;
  }

  private static void write(KeyValueStore kv, WorldState state, StateCommit commit) {
    try (WriteBatch batch = kv.newBatch()) {
      commit.writeTo(batch);
      batch.commit();
    }
    state.onCommitted(commit);
  }

  private static Genesis genesis(Accounts funded) {
    TreeMap<Address, GenesisAccount> alloc = new TreeMap<>();
    for (int i = 0; i < funded.size(); i++) {
      alloc.put(funded.address(i), GenesisAccount.of(FUNDS));
    }
    // 10,000 transfers take 210,000,000 gas; the limit leaves room for them.
    return new Genesis(CHAIN_ID, 1_700_000_000L, 300_000_000L, Genesis.DEFAULT_INITIAL_BASE_FEE, 0, 1_000,
        Bytes.EMPTY, List.of(new GenesisValidator(PROPOSER, 1)), alloc);
  }

  private static CommitCertificate certificate(Block block) {
    return new CommitCertificate(block.number(), 0, block.hash(), List.of(new CommitSignature(PROPOSER, PLACEHOLDER)));
  }

  /** Funded accounts with their keys. */
  record Accounts(PrivateKey[] keys, Address[] addresses) {
    static Accounts create(int count, Random random) {
      PrivateKey[] keys = new PrivateKey[count];
      Address[] addresses = new Address[count];
      for (int i = 0; i < count; i++) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        secret[0] &= 0x7f; // below the curve order
        secret[31] |= 1; // above zero
        keys[i] = PrivateKey.fromBytes(Bytes.wrap(secret));
        addresses[i] = Secp256k1.get().publicKey(keys[i]).address();
      }
      return new Accounts(keys, addresses);
    }

    int size() {
      return keys.length;
    }

    PrivateKey key(int i) {
      return keys[i];
    }

    Address address(int i) {
      return addresses[i];
    }
  }

  private static ThreadFactory daemon() {
    return r -> {
      Thread t = new Thread(r, "sender-recovery");
      t.setDaemon(true);
      return t;
    };
  }

  static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  static void deleteRecursively(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
