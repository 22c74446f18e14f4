package org.peerchain.bench.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.keys.DevAccounts;
import org.peerchain.core.tx.TransactionEncoder;
import org.peerchain.core.tx.TransactionSigner;
import org.peerchain.core.tx.TransactionType;
import org.peerchain.core.tx.UnsignedTransaction;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.UInt256;

/**
 * Dev-node cheat figures of peerchain and anvil in the same run, one client, one request at a time:
 * the test-suite round trip {@code evm_snapshot}, a transfer sent with {@code eth_sendRawTransactionSync}
 * (its receipt in the answer), {@code evm_revert}; then {@code eth_sendRawTransactionSync} alone on an
 * idle node. p50/p99 of each, after a warm-up (a JVM reaches its steady speed once the JIT has compiled
 * the path).
 *
 * <pre>
 * mvn -B -ntp -q -pl bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar org.peerchain.bench.rpc.CheatsBenchmark \
 *     [--rounds 300] [--warmup 200] [--anvil PATH] [--targets peerchain,anvil]
 * </pre>
 *
 * Both run with automine (a block as soon as a transaction waits): anvil's default and peerchain dev's.
 */
public final class CheatsBenchmark {
  private static final int PEERCHAIN_PORT = 18545;
  private static final int ANVIL_PORT = 18546;
  private static final long CHAIN_ID = 1337;
  private static final long GWEI = 1_000_000_000L;
  private static final ObjectMapper JSON = new ObjectMapper();

  private CheatsBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = options(args);
    int rounds = Integer.parseInt(opts.getOrDefault("rounds", "300"));
    int warmup = Integer.parseInt(opts.getOrDefault("warmup", "200"));
    String anvil = opts.getOrDefault("anvil", "../peers/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil");
    List<String> targets = List.of(opts.getOrDefault("targets", "peerchain,anvil").split(","));
    System.out.printf("CheatsBenchmark: %d measured rounds after %d warm-up rounds, %d cpus%n", rounds, warmup,
        Runtime.getRuntime().availableProcessors());
    List<KeyPair> keys = DevAccounts.accounts(3);
    // After each revert the sender's nonce is 0 again, so one signed transfer serves every round trip.
    String roundTripTx = sign(keys.get(1), 0);
    String[] syncTxs = new String[warmup + rounds];
    for (int n = 0; n < syncTxs.length; n++) {
      syncTxs[n] = sign(keys.get(2), n);
    }
    Path logs = Files.createTempDirectory("cheats-bench");
    for (String target : targets) {
      List<String> command = new ArrayList<>();
      int port;
      if (target.equals("peerchain")) {
        port = PEERCHAIN_PORT;
        command.addAll(List.of("./peerchain", "dev", "--rpc-port", String.valueOf(port), "--log-level", "warn"));
      } else if (target.equals("anvil")) {
        if (!Files.isExecutable(Path.of(anvil))) {
          System.out.println("anvil: not found at " + anvil + " (--anvil PATH); skipped");
          continue;
        }
        port = ANVIL_PORT;
        command.addAll(List.of(anvil, "--port", String.valueOf(port), "--chain-id", String.valueOf(CHAIN_ID), "--silent"));
      } else {
        throw new IllegalArgumentException("unknown target " + target + " (peerchain, anvil)");
      }
      try (TargetProcess node = TargetProcess.start(target, port, command, logs.resolve(target + ".log"));
          RpcConnection c = new RpcConnection("127.0.0.1", port)) {
        double[] roundTrip = new double[rounds];
        for (int i = -warmup; i < rounds; i++) {
          long start = System.nanoTime();
          String id = result(c, "evm_snapshot", "").textValue();
          JsonNode receipt = result(c, "eth_sendRawTransactionSync", "\"" + roundTripTx + "\"");
          if (!"0x1".equals(receipt.path("status").asText())) {
            throw new IOException(target + ": transfer failed: " + receipt);
          }
          if (!result(c, "evm_revert", "\"" + id + "\"").booleanValue()) {
            throw new IOException(target + ": evm_revert " + id + " answered false");
          }
          if (i >= 0) {
            roundTrip[i] = (System.nanoTime() - start) / 1e6;
          }
        }
        report(node.name, "snapshot+transfer+revert", roundTrip);
        double[] sync = new double[rounds];
        for (int i = 0; i < syncTxs.length; i++) {
          long start = System.nanoTime();
          JsonNode receipt = result(c, "eth_sendRawTransactionSync", "\"" + syncTxs[i] + "\"");
          if (!"0x1".equals(receipt.path("status").asText())) {
            throw new IOException(target + ": transfer " + i + " failed: " + receipt);
          }
          if (i >= warmup) {
            sync[i - warmup] = (System.nanoTime() - start) / 1e6;
          }
        }
        report(node.name, "eth_sendRawTransactionSync", sync);
      }
    }
  }

  private static void report(String target, String what, double[] ms) {
    Percentiles p = new Percentiles(ms);
    System.out.printf("%-9s %-28s p50 %7.2f ms  p99 %7.2f ms  (n=%d)%n", target, what, p.at(50), p.at(99), ms.length);
  }

  private static JsonNode result(RpcConnection c, String method, String params) throws IOException {
    JsonNode response = JSON.readTree(c.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + method + "\",\"params\":["
        + params + "]}"));
    if (response.has("error")) {
      throw new IOException(method + ": " + response.get("error"));
    }
    return response.get("result");
  }

  private static String sign(KeyPair key, long nonce) {
    UnsignedTransaction body = UnsignedTransaction.builder(TransactionType.DYNAMIC_FEE)
        .nonce(nonce).maxPriorityFeePerGas(UInt256.valueOf(GWEI)).maxFeePerGas(UInt256.valueOf(10_000 * GWEI))
        .gasLimit(21_000).to(Address.fromHexString("0x000000000000000000000000000000000000dEaD"))
        .value(UInt256.valueOf(GWEI)).data(Bytes.EMPTY).build();
    return TransactionEncoder.encode(TransactionSigner.sign(body, CHAIN_ID, key.privateKey())).toHexString();
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> opts = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
      }
      opts.put(args[i].substring(2), args[++i]);
    }
    return opts;
  }
}
