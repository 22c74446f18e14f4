package org.peerchain.bench.rpc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * JSON-RPC figures of a dev node over loopback, and of anvil in the same run when it is installed:
 * resident memory once the node answers (idle), eth_getBalance requests/s in rounds from that moment
 * on (cold: a user's first benchmark meets a JVM whose JIT has not compiled the request path yet),
 * eth_blockNumber and eth_getBalance requests/s after a warm-up, then pre-signed transfers from many
 * senders (accepted/s, finalized/s, p50/p99 send to inclusion; {@code --transfers 0} skips them),
 * and the node's resident memory at the end.
 *
 * <pre>
 * mvn -B -ntp -q -pl bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar org.peerchain.bench.rpc.DevNodeBenchmark \
 *     [--connections 32] [--seconds 5] [--rounds 3] [--cold-rounds 4] [--warmup 15] [--senders 20] [--transfers 5000] \
 *     [--anvil PATH] [--targets peerchain,anvil] [--peerchain-port 18545] [--anvil-port 18546]
 * </pre>
 *
 * anvil comes from npm ({@code npm install @foundry-rs/anvil-linux-amd64}); it runs with 1 s blocks,
 * since its instant mining stalls under a burst of transfers.
 */
public final class DevNodeBenchmark {
  private static final int PEERCHAIN_PORT = 18545;
  private static final int ANVIL_PORT = 18546;
  private static final long CHAIN_ID = 1337;
  private static final String BALANCE_OF_ACCOUNT_0 = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_getBalance\","
      + "\"params\":[\"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266\",\"latest\"]}";
  private static final String BLOCK_NUMBER = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_blockNumber\",\"params\":[]}";

  private DevNodeBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = BenchOptions.parse(args);
    int connections = Integer.parseInt(opts.getOrDefault("connections", "32"));
    double seconds = Double.parseDouble(opts.getOrDefault("seconds", "5"));
    int rounds = Integer.parseInt(opts.getOrDefault("rounds", "3"));
    int coldRounds = Integer.parseInt(opts.getOrDefault("cold-rounds", "4"));
    int senders = Integer.parseInt(opts.getOrDefault("senders", "20"));
    int transfers = Integer.parseInt(opts.getOrDefault("transfers", "5000"));
    // A JVM server reaches its steady speed only after the JIT has compiled the request path.
    double warmup = Double.parseDouble(opts.getOrDefault("warmup", "15"));
    String anvil = opts.getOrDefault("anvil", "../peers/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil");
    List<String> targets = List.of(opts.getOrDefault("targets", "peerchain,anvil").split(","));
    int perSender = transfers / senders;
    System.out.printf("DevNodeBenchmark: %d connections, %d rounds of %.0f s, %d transfers from %d senders, %d cpus%n",
        connections, rounds, seconds, perSender * senders, senders, Runtime.getRuntime().availableProcessors());
    System.out.println("signing transfers...");
    TransferLoad load = new TransferLoad(CHAIN_ID, senders, perSender, 42);
    // Warm-up transfers come from other accounts, so the measured ones start at nonce 0.
    TransferLoad warmupLoad = perSender == 0 ? null
        : new TransferLoad(CHAIN_ID, senders, senders, Math.max(1, Math.min(perSender, 100)), 7);
    Path logs = Files.createTempDirectory("devnode-bench");
    for (String target : targets) {
      List<String> command = new ArrayList<>();
      int port;
      if (target.equals("peerchain")) {
        port = Integer.parseInt(opts.getOrDefault("peerchain-port", String.valueOf(PEERCHAIN_PORT)));
        command.addAll(List.of("./peerchain", "dev", "--rpc-port", String.valueOf(port), "--accounts",
            String.valueOf(Math.max(2 * senders, 20)), "--log-level", "warn"));
      } else if (target.equals("anvil")) {
        if (!Files.isExecutable(Path.of(anvil))) {
          System.out.println("anvil: not found at " + anvil + " (--anvil PATH); skipped");
          continue;
        }
        port = Integer.parseInt(opts.getOrDefault("anvil-port", String.valueOf(ANVIL_PORT)));
        command.addAll(List.of(anvil, "--port", String.valueOf(port), "--accounts", String.valueOf(Math.max(2 * senders, 10)),
            "--chain-id", String.valueOf(CHAIN_ID), "--block-time", "1", "--silent"));
      } else {
        throw new IllegalArgumentException("unknown target " + target + " (peerchain, anvil)");
      }
      try (TargetProcess node = TargetProcess.start(target, port, command, logs.resolve(target + ".log"))) {
        System.out.printf("%-9s resident memory idle %d MiB (as it first answers)%n", node.name, node.residentMiB());
        cold(node, connections, seconds, coldRounds);
        measure(node, connections, seconds, rounds, warmup, warmupLoad, load);
      }
    }
  }

  /** eth_getBalance rounds back to back from the moment the node answers, each printed. */
  private static void cold(TargetProcess node, int connections, double seconds, int rounds) throws Exception {
    double[] perSecond = new double[rounds];
    long errors = 0;
    for (int r = 0; r < rounds; r++) {
      ReadLoad.Result result = ReadLoad.run(node.port, BALANCE_OF_ACCOUNT_0, connections, seconds);
      perSecond[r] = result.perSecond();
      errors += result.errors();
    }
    double sum = 0;
    for (double v : perSecond) {
      sum += v;
    }
    System.out.printf("%-9s %-24s cold mean %,10.0f req/s  (rounds from start: %s; errors %d)%n", node.name,
        "eth_getBalance", sum / Math.max(1, rounds), format(perSecond), errors);
  }

  private static void measure(TargetProcess node, int connections, double seconds, int rounds, double warmup,
      TransferLoad warmupLoad, TransferLoad load) throws Exception {
    ReadLoad.run(node.port, BLOCK_NUMBER, connections, warmup / 2);
    ReadLoad.run(node.port, BALANCE_OF_ACCOUNT_0, connections, warmup / 2);
    for (String[] read : new String[][] {{"eth_blockNumber", BLOCK_NUMBER}, {"eth_getBalance", BALANCE_OF_ACCOUNT_0}}) {
      double[] perSecond = new double[rounds];
      long errors = 0;
      for (int r = 0; r < rounds; r++) {
        ReadLoad.Result result = ReadLoad.run(node.port, read[1], connections, seconds);
        perSecond[r] = result.perSecond();
        errors += result.errors();
      }
      System.out.printf("%-9s %-24s median %,10.0f req/s  (rounds: %s; errors %d)%n", node.name, read[0],
          Percentiles.median(perSecond), format(perSecond), errors);
    }
    if (warmupLoad == null) {
      System.out.printf("%-9s resident memory %d MiB after the reads (pid %d)%n", node.name, node.residentMiB(), node.pid());
      return;
    }
    warmupLoad.run(node.port, 60);
    TransferLoad.Result t = load.run(node.port, Math.max(180, load.size() / 250.0));
    System.out.printf("%-9s %-24s sent %,d, accepted %,d (%,.0f/s), finalized %,d (%,.0f/s), send->block p50 %.1f ms p99 %.1f ms%n",
        node.name, "eth_sendRawTransaction", t.sent(), t.accepted(), t.acceptedPerSecond(), t.included(),
        t.finalizedPerSecond(), t.p50Ms(), t.p99Ms());
    System.out.printf("%-9s %-24s send answer under the load p50 %.2f ms p99 %.2f ms; %,d sent again after a busy refusal%n",
        node.name, "eth_sendRawTransaction", t.answerP50Ms(), t.answerP99Ms(), t.retries());
    if (t.firstError() != null) {
      System.out.printf("%-9s first error: %s%n", node.name, t.firstError().strip());
    }
    System.out.printf("%-9s resident memory %d MiB (pid %d)%n", node.name, node.residentMiB(), node.pid());
  }

  private static String format(double[] values) {
    StringBuilder s = new StringBuilder();
    for (double v : values) {
      s.append(s.length() == 0 ? "" : ", ").append(String.format("%,.0f", v));
    }
    return s.toString();
  }
}
