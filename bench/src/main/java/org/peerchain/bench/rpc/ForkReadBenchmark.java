package org.peerchain.bench.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.crypto.PrivateKey;
import org.peerchain.core.crypto.Secp256k1;
import org.peerchain.core.genesis.Genesis;
import org.peerchain.core.genesis.GenesisAccount;
import org.peerchain.core.genesis.GenesisValidator;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.UInt256;
import org.peerchain.node.config.DevSettings;
import org.peerchain.node.config.NodeConfig;
import org.peerchain.node.dev.DevChain;
import org.peerchain.node.fork.ForkConnector;
import org.peerchain.node.fork.ForkSettings;
import org.peerchain.node.fork.ForkedChain;
import org.peerchain.node.fork.TrustAnchor;
import org.peerchain.node.fork.UpstreamLimits;
import org.peerchain.node.lifecycle.PeerchainNode;
import org.peerchain.node.txpool.TxPoolConfig;
import org.peerchain.node.validator.ConsensusTimeouts;
import org.peerchain.rpc.server.RpcConfig;
import org.peerchain.storage.state.StatePruning;

/**
 * What a verified fork costs per read: a two-validator network of {@code --accounts} funded accounts in
 * this JVM, a {@code peerchain dev} fork of it, and anvil forking the same node at the same block (it
 * trusts the upstream's eth_getBalance). For each: eth_getBalance of every account once (first read:
 * the fork fetches, peerchain also proves and stores the path) and again (served locally), one request
 * at a time; the upstream node's own eth_getBalance for scale.
 *
 * <pre>
 * mvn -B -ntp -q -pl bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar org.peerchain.bench.rpc.ForkReadBenchmark [--accounts 500] [--anvil PATH]
 * </pre>
 */
public final class ForkReadBenchmark {
  private static final long CHAIN_ID = 4545;
  private static final int ANVIL_PORT = 18547;
  private static final ObjectMapper JSON = new ObjectMapper();

  private ForkReadBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = BenchOptions.parse(args);
    int count = Integer.parseInt(opts.getOrDefault("accounts", "500"));
    String anvil = opts.getOrDefault("anvil", "../peers/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil");
    Path root = Files.createTempDirectory("fork-bench");
    List<Address> accounts = new ArrayList<>();
    Map<Address, GenesisAccount> alloc = new TreeMap<>();
    for (int i = 0; i < count; i++) {
      Address a = Address.fromHexString(String.format("0x%040x", 0x5eed0000L + i));
      accounts.add(a);
      alloc.put(a, GenesisAccount.of(UInt256.valueOf(BigInteger.valueOf(1_000_000L + i))));
    }
    List<KeyPair> keys = new ArrayList<>();
    List<GenesisValidator> set = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      PrivateKey key = PrivateKey.fromBigInteger(BigInteger.valueOf(4_000_037L + i));
      keys.add(new KeyPair(key, Secp256k1.get().publicKey(key)));
      set.add(new GenesisValidator(keys.get(i).address(), 1));
    }
    Genesis genesis = new Genesis(CHAIN_ID, System.currentTimeMillis() / 1000, Genesis.DEFAULT_GAS_LIMIT,
        Genesis.DEFAULT_INITIAL_BASE_FEE, 0, 1_000, Bytes.EMPTY, set, new TreeMap<>(alloc));
    System.out.printf("ForkReadBenchmark: %d accounts, %d cpus%n", count, Runtime.getRuntime().availableProcessors());
    List<AutoCloseable> started = new ArrayList<>();
    try {
      PeerchainNode v0 = validator(root, genesis, keys.get(0), List.of());
      started.add(v0);
      PeerchainNode v1 = validator(root, genesis, keys.get(1), List.of(v0.network().orElseThrow().enode()));
      started.add(v1);
      long deadline = System.nanoTime() + 60_000_000_000L;
      while (v1.chain().head().number() < 2) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("the network made no blocks within 60 s");
        }
        Thread.sleep(50);
      }
      long height = v1.chain().head().number();
      URI upstream = URI.create("http://127.0.0.1:" + v1.rpcPort());
      ForkedChain fork = ForkConnector.connect(new ForkSettings(upstream, OptionalLong.of(height),
          TrustAnchor.fromGenesis(genesis), OptionalLong.empty(), UpstreamLimits.DEFAULT, 0, 10_000,
          DevChain.validatorKey().address()));
      PeerchainNode dev = PeerchainNode.start(new NodeConfig(root.resolve("fork"), fork.localGenesis(),
          Optional.of(DevChain.validatorKey()), rpc(), Optional.empty(), StatePruning.archive(), TxPoolConfig.DEFAULT,
          ConsensusTimeouts.forDevChain(), List.of()).withDev(DevSettings.defaults()), Optional.of(fork));
      started.add(dev);
      reads("upstream", v1.rpcPort(), accounts, "first");
      reads("peerchain", dev.rpcPort(), accounts, "first (fetch+prove)");
      reads("peerchain", dev.rpcPort(), accounts, "again (stored)");
      if (Files.isExecutable(Path.of(anvil))) {
        List<String> command = List.of(anvil, "--port", String.valueOf(ANVIL_PORT), "--fork-url", upstream.toString(),
            "--fork-block-number", String.valueOf(height), "--silent", "--no-storage-caching");
        try (TargetProcess a = TargetProcess.start("anvil", ANVIL_PORT, command, root.resolve("anvil.log"))) {
          reads("anvil", ANVIL_PORT, accounts, "first (fetch, trusted)");
          reads("anvil", ANVIL_PORT, accounts, "again (cached)");
        }
      } else {
        System.out.println("anvil: not found at " + anvil + " (--anvil PATH); skipped");
      }
    } finally {
      for (int i = started.size() - 1; i >= 0; i--) {
        started.get(i).close();
      }
    }
  }

  private static PeerchainNode validator(Path root, Genesis genesis, KeyPair key, List<String> boot) {
    return PeerchainNode.start(new NodeConfig(root.resolve(key.address().toHexString()), genesis, Optional.of(key), rpc(),
        Optional.empty(), StatePruning.archive(), TxPoolConfig.DEFAULT, ConsensusTimeouts.forChain(genesis), List.of(),
        Optional.of(new NodeConfig.NetworkSettings("127.0.0.1", 0, boot, List.of(), 25))));
  }

  private static RpcConfig rpc() {
    return RpcConfig.defaults().toBuilder().host("127.0.0.1").port(0).build();
  }

  private static void reads(String target, int port, List<Address> accounts, String what) throws IOException {
    double[] ms = new double[accounts.size()];
    try (RpcConnection c = new RpcConnection("127.0.0.1", port)) {
      for (int i = 0; i < accounts.size(); i++) {
        long start = System.nanoTime();
        JsonNode answer = JSON.readTree(c.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_getBalance\",\"params\":[\""
            + accounts.get(i).toHexString() + "\",\"latest\"]}"));
        ms[i] = (System.nanoTime() - start) / 1e6;
        if (!answer.has("result") || !answer.get("result").asText().equals("0x" + Long.toHexString(1_000_000L + i))) {
          throw new IOException(target + ": wrong answer for account " + i + ": " + answer);
        }
      }
    }
    Percentiles p = new Percentiles(ms);
    System.out.printf("%-9s eth_getBalance %-24s p50 %7.2f ms  p99 %7.2f ms  (n=%d)%n", target, what, p.at(50), p.at(99),
        ms.length);
  }
}
