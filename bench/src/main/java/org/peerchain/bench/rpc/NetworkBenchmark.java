package org.peerchain.bench.rpc;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.crypto.PrivateKey;
import org.peerchain.core.crypto.Secp256k1;
import org.peerchain.core.genesis.Genesis;
import org.peerchain.core.genesis.GenesisAccount;
import org.peerchain.core.genesis.GenesisValidator;
import org.peerchain.core.keys.DevAccounts;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.UInt256;
import org.peerchain.node.config.NodeConfig;
import org.peerchain.node.lifecycle.PeerchainNode;
import org.peerchain.node.txpool.TxPoolConfig;
import org.peerchain.node.validator.ConsensusTimeouts;
import org.peerchain.rpc.server.RpcConfig;
import org.peerchain.storage.state.StatePruning;

/**
 * Four validators in this JVM, over loopback P2P with TLS and RocksDB each: pre-signed transfers are
 * sent over JSON-RPC to all four nodes in turn, and finalized transfers/s and send-to-block latency
 * are measured on node 1's chain. Then a fresh full node joins and syncs the whole chain from the
 * validators: blocks/s and transfers/s.
 *
 * <pre>
 * java -Xmx6g [-Drpc.threads=16] -cp bench/target/benchmarks.jar org.peerchain.bench.rpc.NetworkBenchmark [--transfers 20000] [--senders 40]
 * </pre>
 *
 * <p>{@code rpc.threads} sizes each node's HTTP worker pool: with four nodes on two cores, fewer RPC
 * threads leave the consensus threads more of the CPU while a burst of submissions is admitted.
 */
public final class NetworkBenchmark {
  private static final long CHAIN_ID = 4343;

  private NetworkBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = new TreeMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    int transfers = Integer.parseInt(opts.getOrDefault("transfers", "20000"));
    int senders = Integer.parseInt(opts.getOrDefault("senders", "40"));
    int validators = Integer.parseInt(opts.getOrDefault("validators", "4"));
    int perSender = Math.max(1, transfers / senders);
    Path root = Files.createTempDirectory("network-bench");
    List<KeyPair> keys = new ArrayList<>();
    List<GenesisValidator> set = new ArrayList<>();
    for (int i = 0; i < validators; i++) {
      PrivateKey key = PrivateKey.fromBigInteger(BigInteger.valueOf(7_000_001L + i));
      keys.add(new KeyPair(key, Secp256k1.get().publicKey(key)));
      set.add(new GenesisValidator(keys.get(i).address(), 1));
    }
    Map<Address, GenesisAccount> alloc = new TreeMap<>();
    for (KeyPair a : DevAccounts.accounts(senders)) {
      alloc.put(a.address(), GenesisAccount.of(UInt256.valueOf(BigInteger.TEN.pow(25))));
    }
    Genesis genesis = new Genesis(CHAIN_ID, System.currentTimeMillis() / 1000, Genesis.DEFAULT_GAS_LIMIT,
        Genesis.DEFAULT_INITIAL_BASE_FEE, 0, 1_000, Bytes.EMPTY, set, new TreeMap<>(alloc));
    System.out.printf("NetworkBenchmark: %d validators in one JVM, %,d transfers from %d senders, %d cpus%n", validators,
        perSender * senders, senders, Runtime.getRuntime().availableProcessors());
    TxPoolConfig pool = TxPoolConfig.DEFAULT.withLimits(200_000, 50_000, 100_000, 1_000);
    List<PeerchainNode> nodes = new ArrayList<>();
    String boot = null;
    try {
      for (int i = 0; i < validators; i++) {
        nodes.add(start(root.resolve("v" + i), genesis, Optional.of(keys.get(i)), boot, pool));
        if (boot == null) {
          boot = nodes.get(0).network().orElseThrow().enode();
        }
      }
      await(() -> nodes.stream().allMatch(n -> n.network().orElseThrow().peerCount() >= validators - 1), 60_000);
      System.out.println("signing transfers...");
      TransferLoad warm = new TransferLoad(CHAIN_ID, senders / 2, senders / 2, 20, 9);
      TransferLoad load = new TransferLoad(CHAIN_ID, 0, senders / 2, 2 * perSender, 1);
      int[] ports = nodes.stream().mapToInt(PeerchainNode::rpcPort).toArray();
      warm.run(ports[0], 120);
      TransferLoad.Result r = load.runSpread(ports, 600);
      System.out.printf("network  %d validators: sent %,d, accepted %,d (%,.0f/s), finalized %,d (%,.0f/s), "
          + "send->block p50 %.0f ms p99 %.0f ms%n", validators, r.sent(), r.accepted(), r.acceptedPerSecond(), r.included(),
          r.finalizedPerSecond(), r.p50Ms(), r.p99Ms());
      if (r.firstError() != null) {
        System.out.println("first error: " + r.firstError().strip());
      }
      long height = nodes.get(0).chain().head().number();
      long start = System.nanoTime();
      PeerchainNode fresh = start(root.resolve("fresh"), genesis, Optional.empty(), boot, pool);
      nodes.add(fresh);
      await(() -> fresh.chain().head().number() >= height, 900_000);
      double seconds = (System.nanoTime() - start) / 1e9;
      long txs = 0;
      for (long h = 1; h <= height; h++) {
        txs += nodes.get(0).chain().chain().blockByNumber(h).orElseThrow().transactions().size();
      }
      System.out.printf("sync     fresh full node: %,d blocks (%,d transfers) in %.1f s: %,.0f blocks/s, %,.0f transfers/s; "
          + "ranges from %d peers%n", height, txs, seconds, height / seconds, txs / seconds,
          fresh.network().orElseThrow().sync().blocksByPeer().size());
    } finally {
      for (int i = nodes.size() - 1; i >= 0; i--) {
        nodes.get(i).close();
      }
    }
  }

  private static PeerchainNode start(Path dir, Genesis genesis, Optional<KeyPair> key, String boot, TxPoolConfig pool) {
    return PeerchainNode.start(new NodeConfig(dir, genesis, key,
        RpcConfig.defaults().toBuilder().host("127.0.0.1").port(0).maxThreads(Integer.getInteger("rpc.threads", 16)).build(),
        Optional.empty(), StatePruning.retain(256),
        pool, ConsensusTimeouts.forChain(genesis), List.of(),
        Optional.of(new NodeConfig.NetworkSettings("127.0.0.1", 0, boot == null ? List.of() : List.of(boot), List.of(), 25))));
  }

  private static void await(java.util.function.BooleanSupplier condition, long timeoutMs) throws InterruptedException {
    long deadline = System.currentTimeMillis() + timeoutMs;
    while (!condition.getAsBoolean()) {
      if (System.currentTimeMillis() > deadline) {
        throw new IllegalStateException("timed out");
      }
      Thread.sleep(20);
    }
  }
}
