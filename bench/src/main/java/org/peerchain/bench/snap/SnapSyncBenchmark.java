package org.peerchain.bench.snap;

import java.lang.management.ManagementFactory;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.peerchain.consensus.execution.GenesisBlock;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.crypto.PrivateKey;
import org.peerchain.core.crypto.Secp256k1;
import org.peerchain.core.genesis.Genesis;
import org.peerchain.core.genesis.GenesisAccount;
import org.peerchain.core.genesis.GenesisValidator;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;
import org.peerchain.node.config.NodeConfig;
import org.peerchain.node.config.SyncSettings;
import org.peerchain.node.lifecycle.PeerchainNode;
import org.peerchain.node.sync.snap.SnapBootstrap;
import org.peerchain.node.sync.snap.SnapSync;
import org.peerchain.node.txpool.TxPoolConfig;
import org.peerchain.node.validator.ConsensusTimeouts;
import org.peerchain.p2p.P2pConfig;
import org.peerchain.p2p.P2pNetwork;
import org.peerchain.p2p.api.ChainStatus;
import org.peerchain.p2p.identity.NodeKey;
import org.peerchain.p2p.identity.PeerAddress;
import org.peerchain.rpc.server.RpcConfig;
import org.peerchain.storage.kv.KeyValueStore;
import org.peerchain.storage.kv.RocksDbKeyValueStore;
import org.peerchain.storage.kv.RocksDbOptions;
import org.peerchain.storage.schema.Schema;
import org.peerchain.storage.state.StatePruning;

/**
 * Four validators in this JVM whose genesis funds {@code --accounts} addresses, serving snapshots
 * every 10 blocks. A fresh node's store is then snap synced from 1, 2 and 4 of them (only those
 * as peers): wall time, bytes of accounts and proofs, CPU of the whole JVM (servers included).
 * Last, a fresh node joins by full sync (genesis built locally, then every block replayed) and
 * is timed to the same head. Prints a table; never fails on a figure.
 *
 * <pre>
 * java -Xmx6g -cp bench/target/benchmarks.jar org.peerchain.bench.snap.SnapSyncBenchmark [--accounts 200000]
 * </pre>
 */
public final class SnapSyncBenchmark {
  private static final long CHAIN_ID = 4545;

  private SnapSyncBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = new TreeMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    int accounts = Integer.parseInt(opts.getOrDefault("accounts", "200000"));
    Path root = Files.createTempDirectory("snap-bench");
    List<KeyPair> keys = new ArrayList<>();
    List<GenesisValidator> set = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      PrivateKey key = PrivateKey.fromBigInteger(BigInteger.valueOf(9_000_001L + i));
      keys.add(new KeyPair(key, Secp256k1.get().publicKey(key)));
      set.add(new GenesisValidator(keys.get(i).address(), 1));
    }
    TreeMap<Address, GenesisAccount> alloc = new TreeMap<>();
    Random seeded = new Random(accounts);
    for (int i = 0; i < accounts; i++) {
      byte[] a = new byte[20];
      seeded.nextBytes(a);
      alloc.put(Address.wrap(Bytes.wrap(a)), GenesisAccount.of(UInt256.valueOf(1_000_000L + i)));
    }
    Genesis genesis = new Genesis(CHAIN_ID, 1_700_000_000L, Genesis.DEFAULT_GAS_LIMIT, Genesis.DEFAULT_INITIAL_BASE_FEE,
        0, 100, Bytes.EMPTY, set, alloc);
    Hash genesisHash = GenesisBlock.hash(genesis);
    SyncSettings serving = new SyncSettings(SyncSettings.Mode.FULL, 20, 10, 4, SyncSettings.DEFAULT_RANGE_BYTES);
    List<PeerchainNode> validators = new ArrayList<>();
    List<String> enodes = new ArrayList<>();
    try {
      long t0 = System.nanoTime();
      for (int i = 0; i < 4; i++) {
        PeerchainNode node = PeerchainNode.start(config(root.resolve("v" + i), genesis, Optional.of(keys.get(i)),
            enodes.isEmpty() ? List.of() : List.of(enodes.get(0)), serving));
        validators.add(node);
        enodes.add(node.network().orElseThrow().enode());
      }
      System.out.printf("4 validators up with %,d accounts in genesis in %.1f s%n", accounts, seconds(t0));
      while (validators.get(0).chain().head().number() < 25) {
        Thread.sleep(100);
      }
      System.out.println();
      System.out.println("| serving peers | pivot | accounts | bytes | wall s | accounts/s | JVM CPU s per 100k accounts |");
      System.out.println("|---|---|---|---|---|---|---|");
      for (int peers : new int[] {1, 2, 4}) {
        Path dir = root.resolve("snap" + peers);
        Files.createDirectories(dir);
        SnapBootstrap snap = new SnapBootstrap(genesis, serving.withMode(SyncSettings.Mode.SNAP),
            new SnapSync.Settings(16, SyncSettings.DEFAULT_RANGE_BYTES, 2, Duration.ofSeconds(30), Duration.ofSeconds(5)),
            System::nanoTime);
        long cpu0 = cpu();
        long start = System.nanoTime();
        long pivot;
        try (KeyValueStore kv = RocksDbKeyValueStore.open(dir.resolve("db"), RocksDbOptions.defaults(), Schema.ALL)) {
          List<String> boot = enodes.subList(0, peers);
          pivot = snap.run(kv, () -> network(dir, genesisHash, boot)).orElseThrow().block().number();
        }
        double wall = seconds(start);
        double cpu = (cpu() - cpu0) / 1e9;
        SnapSync.Progress p = snap.progress().orElseThrow();
        System.out.printf("| %d | #%d | %,d | %,d | %.2f | %,.0f | %.2f |%n", peers, pivot, p.accounts(), p.bytes(), wall,
            p.accounts() / wall, cpu / (p.accounts() / 100_000.0));
      }
      long target = validators.get(0).chain().head().number();
      long start = System.nanoTime();
      try (PeerchainNode full = PeerchainNode.start(config(root.resolve("full"), genesis, Optional.empty(), enodes,
          serving))) {
        while (full.chain().head().number() < target) {
          Thread.sleep(50);
        }
        System.out.printf("%nfull sync to #%d from 4 peers (genesis state built locally, %d blocks replayed): %.2f s%n",
            target, target, seconds(start));
      }
    } finally {
      for (int i = validators.size() - 1; i >= 0; i--) {
        validators.get(i).close();
      }
    }
  }

  private static P2pNetwork network(Path dir, Hash genesisHash, List<String> boot) {
    P2pConfig config = P2pConfig.builder(CHAIN_ID, genesisHash).host("127.0.0.1").port(0)
        .bootnodes(boot.stream().map(PeerAddress::parse).toList()).maxPeers(boot.size()).maxOutbound(boot.size())
        .build();
    return P2pNetwork.start(config, NodeKey.loadOrCreate(dir), ChainStatus.atGenesis(CHAIN_ID, genesisHash),
        SnapBootstrap.IGNORING);
  }

  private static NodeConfig config(Path dir, Genesis genesis, Optional<KeyPair> key, List<String> boot,
      SyncSettings sync) {
    return new NodeConfig(dir, genesis, key, RpcConfig.defaults().toBuilder().host("127.0.0.1").port(0).build(),
        Optional.empty(), StatePruning.archive(), TxPoolConfig.DEFAULT, ConsensusTimeouts.forChain(genesis), List.of(),
        Optional.of(new NodeConfig.NetworkSettings("127.0.0.1", 0, boot, List.of(), 25, sync)));
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }
}
