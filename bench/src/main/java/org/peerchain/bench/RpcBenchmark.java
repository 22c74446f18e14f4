package org.peerchain.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.peerchain.consensus.ledger.BaseFeeCalculator;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.BlockBody;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.UInt256;
import org.peerchain.rpc.api.ChainEvents;
import org.peerchain.rpc.backend.StoreChainAccess;
import org.peerchain.rpc.server.RpcBackend;
import org.peerchain.rpc.server.RpcConfig;
import org.peerchain.rpc.server.RpcServer;
import org.peerchain.storage.chain.ChainStore;
import org.peerchain.storage.kv.InMemoryKeyValueStore;
import org.peerchain.storage.kv.KeyValueStore;
import org.peerchain.storage.kv.RocksDbKeyValueStore;
import org.peerchain.storage.kv.RocksDbOptions;
import org.peerchain.storage.schema.Schema;
import org.peerchain.storage.state.Account;
import org.peerchain.storage.state.StateCommit;
import org.peerchain.storage.state.StatePruning;
import org.peerchain.storage.state.WorldState;

/**
 * JSON-RPC throughput over loopback HTTP: eth_getBalance at latest for random funded accounts
 * (RocksDB state, the flat head index), and eth_blockNumber. The load generator runs in the same
 * process and on the same cores, so the figure is a lower bound of what the server alone does.
 * Run with {@code java -cp bench/target/benchmarks.jar org.peerchain.bench.RpcBenchmark
 * [accounts] [seconds] [connections] [pipelineDepth]}; {@code -Drpcbench.memory=true} keeps state in memory.
 */
public final class RpcBenchmark {
  private static final long WARMUP_NANOS = 5_000_000_000L;

  private RpcBenchmark() {}

  public static void main(String[] args) throws Exception {
    int accounts = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int connections = args.length > 2 ? Integer.parseInt(args[2]) : 16;
    int depth = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    System.out.printf("RpcBenchmark: %,d accounts, %d s per run, %d connections, pipeline depth %d, %d cpus%n",
        accounts, seconds, connections, depth, Runtime.getRuntime().availableProcessors());
    Path dir = Files.createTempDirectory("rpc-bench");
    boolean memory = Boolean.getBoolean("rpcbench.memory");
    try (KeyValueStore kv = memory ? InMemoryKeyValueStore.create(Schema.ALL)
        : RocksDbKeyValueStore.open(dir, RocksDbOptions.defaults(), Schema.ALL)) {
      Address[] funded = new Address[accounts];
      StoreChainAccess chain = chain(kv, funded);
      RpcBenchNode node = new RpcBenchNode();
      RpcServer server = new RpcServer(RpcConfig.builder().port(0).build(),
          new RpcBackend(chain, node, node, ChainEvents.NONE, Optional.empty(), chain.addressHistory())).start();
      try {
        HttpLoad load = new HttpLoad(server.port(), connections, depth);
        byte[][] balanceBodies = new byte[accounts][];
        for (int i = 0; i < accounts; i++) {
          balanceBodies[i] = ("{\"jsonrpc\":\"2.0\",\"id\":" + i + ",\"method\":\"eth_getBalance\",\"params\":[\""
              + funded[i].toHexString() + "\",\"latest\"]}").getBytes(StandardCharsets.UTF_8);
        }
        byte[] blockNumber = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_blockNumber\",\"params\":[]}"
            .getBytes(StandardCharsets.UTF_8);
        // Spread over accounts with a stride, so consecutive requests do not hit one cache line.
        java.util.function.IntFunction<byte[]> balance = i -> balanceBodies[(int) ((i * 7919L) % accounts)];
        // Both calls warm up first, and each is measured twice: on a busy machine the first runs still
        // share the cores with the JIT compiler.
        load.run(WARMUP_NANOS, balance);
        load.run(WARMUP_NANOS, i -> blockNumber);
        long nanos = seconds * 1_000_000_000L;
        for (int round = 1; round <= 2; round++) {
          System.out.printf("round %d: eth_getBalance  %,10.0f req/s%n", round, load.run(nanos, balance));
          System.out.printf("round %d: eth_blockNumber %,10.0f req/s%n", round, load.run(nanos, i -> blockNumber));
        }
      } finally {
        server.stop();
      }
    } finally {
      try (Stream<Path> paths = Files.walk(dir)) {
        paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static StoreChainAccess chain(KeyValueStore kv, Address[] funded) throws IOException {
    WorldState state = WorldState.open(kv, StatePruning.archive());
    Map<Address, Account> alloc = new HashMap<>();
    java.util.Random random = new java.util.Random(1);
    for (int i = 0; i < funded.length; i++) {
      byte[] a = new byte[Address.SIZE];
      random.nextBytes(a);
      funded[i] = Address.wrap(org.peerchain.core.bytes.Bytes.wrap(a));
      alloc.put(funded[i], new Account(i, UInt256.valueOf(1_000_000_000_000L + i)));
    }
    StateCommit genesisState = state.genesis(alloc);
    BlockHeader genesis = BlockHeader.builder().number(0).stateRoot(genesisState.stateRoot()).gasLimit(30_000_000)
        .baseFeePerGas(UInt256.valueOf(1_000_000_000L)).build();
    ChainStore store = ChainStore.initialize(kv, new Block(genesis, BlockBody.EMPTY), genesisState);
    state.onCommitted(genesisState);
    return new StoreChainAccess(store, state, new BaseFeeCalculator());
  }
}
