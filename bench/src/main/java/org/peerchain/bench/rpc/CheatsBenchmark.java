package org.peerchain.bench.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
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
 * idle node, and a transfer sent with {@code eth_sendRawTransaction} whose receipt is then polled for
 * every millisecond with {@code eth_getTransactionReceipt} (what a wallet library does). p50/p99 of each, after a warm-up (a JVM reaches its steady speed once the JIT has compiled
 * the path); then {@code eth_sendRawTransactionSync} again while 20 wallet-like streams load the node
 * (each sends its own account's transfers in nonce order with {@code eth_sendRawTransaction}, awaiting
 * each answer), the load bounded by {@link #LOAD_MAX_PER_STREAM} transfers per stream and
 * {@link #LOAD_MAX_SECONDS}.
 *
 * <pre>
 * mvn -B -ntp -q -pl bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar org.peerchain.bench.rpc.CheatsBenchmark \
 *     [--rounds 300] [--warmup 200] [--anvil PATH] [--targets peerchain,anvil] [--peerchain-port 18545] [--anvil-port 18546]
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
  private static final int LOAD_STREAMS = 20;
  private static final int LOAD_MAX_PER_STREAM = 5_000;
  private static final long LOAD_MAX_SECONDS = 120;
  private static final long POLL_INTERVAL_MS = 1;
  private static final long POLL_MAX_MS = 30_000;

  private CheatsBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = BenchOptions.parse(args);
    int rounds = Integer.parseInt(opts.getOrDefault("rounds", "300"));
    int warmup = Integer.parseInt(opts.getOrDefault("warmup", "200"));
    String anvil = opts.getOrDefault("anvil", "../peers/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil");
    List<String> targets = List.of(opts.getOrDefault("targets", "peerchain,anvil").split(","));
    System.out.printf("CheatsBenchmark: %d measured rounds after %d warm-up rounds, %d cpus%n", rounds, warmup,
        Runtime.getRuntime().availableProcessors());
    int loadFirst = warmup + rounds + 3;
    int pollAccount = loadFirst + LOAD_STREAMS + 1;
    int accounts = pollAccount + 1;
    List<KeyPair> keys = DevAccounts.accounts(accounts);
    // Each round sends from its own account at nonce 0: anvil remembers the hashes of reverted
    // transactions ("transaction already imported") and, in a tight loop, may still hold the last
    // round's nonce in its pool ("replacement transaction underpriced").
    String[] roundTripTxs = new String[warmup + rounds];
    for (int i = 0; i < roundTripTxs.length; i++) {
      roundTripTxs[i] = sign(keys.get(3 + i), 0, 1);
    }
    String[] syncTxs = new String[warmup + rounds];
    for (int n = 0; n < syncTxs.length; n++) {
      syncTxs[n] = sign(keys.get(2), n, 1);
    }
    String[] polledTxs = new String[warmup + rounds];
    for (int n = 0; n < polledTxs.length; n++) {
      polledTxs[n] = sign(keys.get(pollAccount), n, 1);
    }
    Path logs = Files.createTempDirectory("cheats-bench");
    for (String target : targets) {
      List<String> command = new ArrayList<>();
      int port;
      if (target.equals("peerchain")) {
        port = Integer.parseInt(opts.getOrDefault("peerchain-port", String.valueOf(PEERCHAIN_PORT)));
        command.addAll(List.of("./peerchain", "dev", "--rpc-port", String.valueOf(port), "--accounts",
            String.valueOf(accounts), "--log-level", "warn"));
      } else if (target.equals("anvil")) {
        if (!Files.isExecutable(Path.of(anvil))) {
          System.out.println("anvil: not found at " + anvil + " (--anvil PATH); skipped");
          continue;
        }
        port = Integer.parseInt(opts.getOrDefault("anvil-port", String.valueOf(ANVIL_PORT)));
        command.addAll(List.of(anvil, "--port", String.valueOf(port), "--chain-id", String.valueOf(CHAIN_ID),
            "--accounts", String.valueOf(accounts), "--silent"));
      } else {
        throw new IllegalArgumentException("unknown target " + target + " (peerchain, anvil)");
      }
      try (TargetProcess node = TargetProcess.start(target, port, command, logs.resolve(target + ".log"));
          RpcConnection c = new RpcConnection("127.0.0.1", port)) {
        double[] roundTrip = new double[rounds];
        for (int i = -warmup; i < rounds; i++) {
          long start = System.nanoTime();
          String id = result(c, "evm_snapshot", "").textValue();
          JsonNode receipt = result(c, "eth_sendRawTransactionSync", "\"" + roundTripTxs[i + warmup] + "\"");
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
        double[] polled = new double[rounds];
        for (int i = 0; i < polledTxs.length; i++) {
          long start = System.nanoTime();
          sendAndPoll(c, target, polledTxs[i]);
          if (i >= warmup) {
            polled[i - warmup] = (System.nanoTime() - start) / 1e6;
          }
        }
        report(node.name, "send, poll receipt (1 ms)", polled);
        List<Double> loaded = new ArrayList<>();
        String failure = null;
        Load load = Load.start(port, keys.subList(loadFirst, loadFirst + LOAD_STREAMS));
        try {
          KeyPair own = keys.get(loadFirst + LOAD_STREAMS);
          for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            try {
              JsonNode receipt = result(c, "eth_sendRawTransactionSync", "\"" + sign(own, i, 1) + "\"");
              if (!"0x1".equals(receipt.path("status").asText())) {
                throw new IOException(target + ": transfer " + i + " under load failed: " + receipt);
              }
            } catch (IOException e) {
              // A node that cannot confirm under this load (anvil's automine stalls) is reported as
              // such; later calls would wait on the same stall.
              failure = "call " + (i + 1) + " failed after " + Math.round((System.nanoTime() - start) / 1e6) + " ms: "
                  + e.getMessage();
              break;
            }
            loaded.add((System.nanoTime() - start) / 1e6);
          }
        } finally {
          load.stop();
        }
        if (!loaded.isEmpty()) {
          report(node.name, "sendRawTransactionSync, load", loaded.stream().mapToDouble(Double::doubleValue).toArray());
        }
        if (failure != null) {
          System.out.printf("%-9s %-28s %s%n", node.name, "sendRawTransactionSync, load", failure);
        }
        System.out.printf("%-9s %-28s %d transfers sent by %d streams in %.1f s (%.0f/s)%n", node.name, "  load meanwhile",
            load.sent(), LOAD_STREAMS, load.seconds(), load.sent() / load.seconds());
      }
    }
  }

  /** 20 streams, one account and one connection each, sending transfers in nonce order until stopped. */
  private static final class Load {
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicLong sent = new AtomicLong();
    private volatile boolean stopped;
    private final long startNanos = System.nanoTime();
    private volatile long endNanos;

    static Load start(int port, List<KeyPair> senders) {
      Load load = new Load();
      long deadline = System.nanoTime() + LOAD_MAX_SECONDS * 1_000_000_000L;
      for (KeyPair sender : senders) {
        Thread t = new Thread(() -> {
          try (RpcConnection c = new RpcConnection("127.0.0.1", port)) {
            for (int n = 0; n < LOAD_MAX_PER_STREAM && !load.stopped && System.nanoTime() < deadline; n++) {
              result(c, "eth_sendRawTransaction", "\"" + sign(sender, n, 1) + "\"");
              load.sent.incrementAndGet();
            }
          } catch (IOException e) {
            System.out.println("load stream stopped: " + e.getMessage());
          }
        }, "load-" + load.threads.size());
        t.setDaemon(true);
        load.threads.add(t);
        t.start();
      }
      return load;
    }

    void stop() throws InterruptedException {
      stopped = true;
      for (Thread t : threads) {
        t.join(30_000);
      }
      endNanos = System.nanoTime();
    }

    long sent() {
      return sent.get();
    }

    double seconds() {
      return (endNanos - startNanos) / 1e9;
    }
  }

  /** eth_sendRawTransaction, then eth_getTransactionReceipt every millisecond until the receipt is there. */
  private static void sendAndPoll(RpcConnection c, String target, String raw) throws IOException, InterruptedException {
    String hash = result(c, "eth_sendRawTransaction", "\"" + raw + "\"").textValue();
    long deadline = System.nanoTime() + POLL_MAX_MS * 1_000_000L;
    while (System.nanoTime() < deadline) {
      JsonNode receipt = result(c, "eth_getTransactionReceipt", "\"" + hash + "\"");
      if (receipt != null && !receipt.isNull()) {
        if (!"0x1".equals(receipt.path("status").asText())) {
          throw new IOException(target + ": transfer " + hash + " failed: " + receipt);
        }
        return;
      }
      Thread.sleep(POLL_INTERVAL_MS);
    }
    throw new IOException(target + ": no receipt for " + hash + " within " + POLL_MAX_MS + " ms");
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

  private static String sign(KeyPair key, long nonce, long gwei) {
    UnsignedTransaction body = UnsignedTransaction.builder(TransactionType.DYNAMIC_FEE)
        .nonce(nonce).maxPriorityFeePerGas(UInt256.valueOf(GWEI)).maxFeePerGas(UInt256.valueOf(10_000 * GWEI))
        .gasLimit(21_000).to(Address.fromHexString("0x000000000000000000000000000000000000dEaD"))
        .value(UInt256.valueOf(gwei * GWEI)).data(Bytes.EMPTY).build();
    return TransactionEncoder.encode(TransactionSigner.sign(body, CHAIN_ID, key.privateKey())).toHexString();
  }
}
