package org.peerchain.bench;

import static org.peerchain.bench.ExecutionBenchmark.deleteRecursively;
import static org.peerchain.bench.ExecutionBenchmark.median;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.peerchain.bench.ExecutionBenchmark.Accounts;
import org.peerchain.consensus.bft.CertificateVerifier;
import org.peerchain.consensus.bft.ValidatorSet;
import org.peerchain.consensus.bft.message.SigningBytes;
import org.peerchain.consensus.bft.message.SigningDomain;
import org.peerchain.consensus.execution.BlockExecutor;
import org.peerchain.consensus.execution.BlockRejection;
import org.peerchain.consensus.execution.BodyCheck;
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
import org.peerchain.core.genesis.Genesis;
import org.peerchain.core.genesis.GenesisAccount;
import org.peerchain.core.genesis.GenesisValidator;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.UInt256;
import org.peerchain.storage.chain.ChainStore;
import org.peerchain.storage.kv.KeyValueStore;
import org.peerchain.storage.kv.RocksDbKeyValueStore;
import org.peerchain.storage.kv.RocksDbOptions;
import org.peerchain.storage.schema.Schema;
import org.peerchain.storage.state.StatePruning;
import org.peerchain.storage.state.WorldState;

/**
 * Block sync's replay of a certified chain: blocks of pre-signed transfers, each with a commit
 * certificate of four validators, arrive as bytes and are replayed in order into a fresh RocksDB
 * node the way block sync hands them to consensus: decode, body against header, certificate
 * (checked by block sync and again by the engine), execute with sender recovery on 2 threads, and
 * commit in one synced batch each. Everything from the bytes on is timed. Run with
 * {@code java -Xmx4g -cp bench/target/benchmarks.jar org.peerchain.bench.ReplayBenchmark
 * [accounts] [blocks] [transfers per block]} (defaults: 100,000, 10, 5,000).
 */
public final class ReplayBenchmark {
  private static final int VALIDATORS = 4;
  private static final int THREADS = 2;
  private static final UInt256 FUNDS = UInt256.valueOf(BigInteger.TEN.pow(21));
  private static final OperatingSystemMXBean OS =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private ReplayBenchmark() {}

  public static void main(String[] args) throws Exception {
    int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int blockCount = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int size = args.length > 2 ? Integer.parseInt(args[2]) : 5_000;
    System.out.printf("ReplayBenchmark: %,d funded accounts, %d blocks of %,d transfers, %d validators,"
        + " secp256k1 %s, %d cpus, load average %.1f%n", accounts, blockCount, size, VALIDATORS,
        Secp256k1.get().getClass().getSimpleName(), Runtime.getRuntime().availableProcessors(),
        OS.getSystemLoadAverage());
    Random random = new Random(42);
    Accounts funded = Accounts.create(accounts, random);
    PrivateKey[] validatorKeys = new PrivateKey[VALIDATORS];
    List<GenesisValidator> validators = new ArrayList<>();
    for (int i = 0; i < VALIDATORS; i++) {
      byte[] secret = new byte[32];
      secret[31] = (byte) (i + 1);
      validatorKeys[i] = PrivateKey.fromBytes(Bytes.wrap(secret));
      validators.add(new GenesisValidator(Secp256k1.get().publicKey(validatorKeys[i]).address(), 1));
    }
    Genesis genesis = genesis(funded, validators);
    SigningDomain domain = new SigningDomain(genesis.chainId(), GenesisBlock.hash(genesis));
    long start = System.nanoTime();
    List<Bytes> blocks = ExecutionBenchmark.presign(genesis, funded, size, blockCount, new Random(size));
    List<CommitCertificate> certificates = new ArrayList<>();
    for (Bytes encoded : blocks) {
      certificates.add(certify(BlockCodec.decode(encoded), validatorKeys, validators, domain));
    }
    System.out.printf("setup: %d blocks of %,d transfers signed, built and certified in %d ms%n", blockCount, size,
        (System.nanoTime() - start) / 1_000_000);
    replay(genesis, domain, blocks, certificates, size);
  }

  private static void replay(Genesis genesis, SigningDomain domain, List<Bytes> blocks,
      List<CommitCertificate> certificates, int size) throws Exception {
    Path dir = Files.createTempDirectory("replay-bench");
    ExecutorService pool = Executors.newFixedThreadPool(THREADS - 1, r -> {
      Thread t = new Thread(r, "sender-recovery");
      t.setDaemon(true);
      return t;
    });
    try (KeyValueStore kv = RocksDbKeyValueStore.open(dir, RocksDbOptions.defaults(), Schema.ALL)) {
      WorldState state = WorldState.open(kv, StatePruning.retain(128));
      GenesisBlock.Result g = GenesisBlock.build(genesis, state);
      ChainStore chain = ChainStore.initialize(kv, g.block(), g.state());
      state.onCommitted(g.state());
      ChainRules rules = ChainRules.of(genesis);
      ValidatorSet validatorSet = ValidatorSet.of(genesis.validators());
      CertificateVerifier verifier = CertificateVerifier.secp256k1();
      BlockExecutor executor = new BlockExecutor(rules, SenderRecovery.on(pool, THREADS));
      BlockHeader head = g.block().header();
      long[] total = new long[blocks.size()];
      long[] cpu = new long[blocks.size()];
      long allStart = System.nanoTime();
      for (int i = 0; i < blocks.size(); i++) {
        long cpu0 = OS.getProcessCpuTime();
        long t0 = System.nanoTime();
        Block block = BlockCodec.decode(blocks.get(i));
        CommitCertificate certificate = certificates.get(i);
        // Block sync's check of a served block: the body its header commits to, then the certificate.
        Optional<BlockRejection> body = BodyCheck.check(block, rules);
        Optional<String> bad = body.map(BlockRejection::message)
            .or(() -> verifier.verify(certificate, block, validatorSet, domain))
            // The engine checks a handed-over certificate once more before it commits.
            .or(() -> verifier.verify(certificate, block, validatorSet, domain));
        if (bad.isPresent()) {
          throw new IllegalStateException("benchmark block refused: " + bad.get());
        }
        long t1 = System.nanoTime();
        ExecutionResult result = executor.execute(block, head, state, block.header().timestamp());
        long t2 = System.nanoTime();
        if (!(result instanceof ExecutionResult.Executed executed)) {
          throw new IllegalStateException("benchmark block rejected: " + result);
        }
        chain.commitBlock(block, certificate, executed.receipts(), executed.stateCommit());
        state.onCommitted(executed.stateCommit());
        head = block.header();
        long t3 = System.nanoTime();
        total[i] = t3 - t0;
        cpu[i] = OS.getProcessCpuTime() - cpu0;
        System.out.printf("block %d, %,d transfers: %d ms (decode + checks %d, execute %d, commit %d), process cpu %d ms%n",
            block.number(), size, total[i] / 1_000_000, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
            (t3 - t2) / 1_000_000, cpu[i] / 1_000_000);
      }
      long all = System.nanoTime() - allStart;
      long median = median(total);
      System.out.printf("SUMMARY (replay of certified blocks; target >= 20,000 transfers/s; load average now %.1f):%n",
          OS.getSystemLoadAverage());
      System.out.printf("MEDIAN block of %,d transfers: %d ms (process cpu %d ms) -> %,d transfers/s;"
          + " all %d blocks: %d ms -> %,d transfers/s%n", size, median / 1_000_000, median(cpu) / 1_000_000,
          Math.round(size / (median / 1e9)), blocks.size(), all / 1_000_000,
          Math.round((double) size * blocks.size() / (all / 1e9)));
    } finally {
      pool.shutdownNow();
      deleteRecursively(dir);
    }
  }

  private static CommitCertificate certify(
      Block block, PrivateKey[] keys, List<GenesisValidator> validators, SigningDomain domain) {
    List<CommitSignature> signatures = new ArrayList<>();
    for (int i = 0; i < keys.length; i++) {
      signatures.add(new CommitSignature(validators.get(i).address(),
          Secp256k1.get().sign(SigningBytes.precommit(domain, block.number(), 0, block.hash()), keys[i])));
    }
    return new CommitCertificate(block.number(), 0, block.hash(), signatures);
  }

  private static Genesis genesis(Accounts funded, List<GenesisValidator> validators) {
    TreeMap<Address, GenesisAccount> alloc = new TreeMap<>();
    for (int i = 0; i < funded.size(); i++) {
      alloc.put(funded.address(i), GenesisAccount.of(FUNDS));
    }
    return new Genesis(Transfers.CHAIN_ID, 1_700_000_000L, 300_000_000L, Genesis.DEFAULT_INITIAL_BASE_FEE, 0, 1_000,
        Bytes.EMPTY, validators, alloc);
  }
}
