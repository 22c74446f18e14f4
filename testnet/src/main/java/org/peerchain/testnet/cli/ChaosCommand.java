package org.peerchain.testnet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.Callable;
import org.peerchain.core.crypto.PrivateKey;
import org.peerchain.testnet.TestnetException;
import org.peerchain.testnet.chaos.ChaosRunner;
import org.peerchain.testnet.chaos.ChaosSchedule;
import org.peerchain.testnet.chaos.LiveNetwork;
import org.peerchain.testnet.chaos.LivenessGaps;
import org.peerchain.testnet.chaos.Perturbation;
import org.peerchain.testnet.check.ChainView;
import org.peerchain.testnet.check.InvariantChecker;
import org.peerchain.testnet.check.InvariantReport;
import org.peerchain.testnet.check.RpcChainView;
import org.peerchain.testnet.load.BlockFollower;
import org.peerchain.testnet.load.LoadGenerator;
import org.peerchain.testnet.load.LoadReport;
import org.peerchain.testnet.load.TransferFactory;
import org.peerchain.testnet.manifest.Manifest;
import org.peerchain.testnet.manifest.ManifestStore;
import org.peerchain.testnet.manifest.NodeEntry;
import org.peerchain.testnet.process.NodeCommandLine;
import org.peerchain.testnet.process.NodeProcesses;
import org.peerchain.testnet.process.ProcessGuard;
import org.peerchain.testnet.rpc.NodeClient;
import org.peerchain.testnet.rpc.RpcError;
import org.peerchain.testnet.rpc.RpcUnavailable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code peerchain testnet chaos}: seeded faults under load (never more than f validators at once),
 * then heal, and check that the network is whole and consistent. Exits 1 on any violation.
 */
@Command(name = "chaos", sortOptions = false,
    description = {"While load runs, kill, pause and restart nodes at random (seeded; at most f = (n-1)/3",
        "validators at a time), then heal and check the invariants: same head and identical blocks and state",
        "roots on all nodes, every receipted transfer in the chain exactly once, no double-signing evidence."})
final class ChaosCommand implements Callable<Integer> {
  private static final int MAX_DURATION_S = 3_600;

  @Spec private CommandSpec spec;
  @Mixin private DirOption dir;

  @Option(names = "--duration", paramLabel = "S", defaultValue = "60", description = "Seconds of faults (default: ${DEFAULT-VALUE}).")
  private int durationSeconds;

  @Option(names = "--seed", paramLabel = "N", description = "Seed of the fault schedule (default: random, printed).")
  private Long seed;

  @Option(names = "--tps", paramLabel = "N", defaultValue = "20", description = "Transfers per second meanwhile (default: ${DEFAULT-VALUE}).")
  private int tps;

  @Option(names = "--senders", paramLabel = "K", defaultValue = "10", description = "Funded accounts that send (default: ${DEFAULT-VALUE}).")
  private int senders;

  @Option(names = "--settle-timeout", paramLabel = "S", defaultValue = "90",
      description = "Seconds the healed network has to converge (default: ${DEFAULT-VALUE}).")
  private int settleSeconds;

  @Override
  public Integer call() {
    if (durationSeconds < 5 || durationSeconds > MAX_DURATION_S) {
      throw new ParameterException(spec.commandLine(), "invalid value for --duration: " + durationSeconds + " (5-"
          + MAX_DURATION_S + " seconds)");
    }
    if (settleSeconds < 1) {
      throw new ParameterException(spec.commandLine(), "invalid value for --settle-timeout: " + settleSeconds);
    }
    Path root = dir.dir();
    Manifest manifest = ManifestStore.read(root);
    List<PrivateKey> keys = LoadCommand.senderKeys(spec, manifest, senders);
    LoadCommand.check(spec, tps, durationSeconds, 0);
    NodeProcesses processes = new NodeProcesses(NodeCommandLine.ofThisJvm(manifest.heapMb()), ProcessGuard.system());
    for (NodeEntry n : manifest.nodes()) {
      if (!processes.isRunning(n)) {
        throw new TestnetException(n.name() + " is not running; start the testnet first with 'peerchain testnet up --dir "
            + root + "'");
      }
    }
    long chosenSeed = seed != null ? seed : ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
    List<Perturbation> schedule = ChaosSchedule.generate(manifest.nodes().stream().map(ChaosSchedule.Target::of).toList(),
        manifest.faultTolerance(), durationSeconds * 1000L, chosenSeed);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "chaos: seed %d, %d s, %d perturbations, at most f=%d of %d validators at a time, load %d/s%n",
        chosenSeed, durationSeconds, schedule.size(), manifest.faultTolerance(), manifest.validators().size(), tps);
    for (Perturbation p : schedule) {
      out.printf(Locale.ROOT, "  #%d at %5.1fs for %4.1fs: %s %s%n", p.id(), p.startMs() / 1000.0, p.durationMs() / 1000.0,
          p.kind().label(), p.node());
    }
    out.flush();

    LiveNetwork network = new LiveNetwork(root, manifest, processes);
    List<Long> blockTimes = Collections.synchronizedList(new ArrayList<>());
    long start = System.nanoTime();
    List<ChaosRunner.Applied> applied;
    LoadReport loadReport;
    Map<String, Long> receipts;
    try (BlockFollower follower = new BlockFollower(manifest.nodes())) {
      follower.addListener((block, seen) -> blockTimes.add((seen - start) / 1_000_000));
      LoadGenerator load = new LoadGenerator(manifest.nodes(), new TransferFactory(manifest.chainId(), keys), follower, out);
      follower.start();
      AtomicBoolean stop = new AtomicBoolean();
      CompletableFuture<LoadReport> loadRun = CompletableFuture.supplyAsync(() ->
          load.run(tps, Duration.ofSeconds(durationSeconds), Duration.ofSeconds(30), stop::get));
      try {
        applied = new ChaosRunner(network, out, () -> (System.nanoTime() - start) / 1_000_000).run(schedule);
      } finally {
        network.healAll();
      }
      loadReport = loadRun.join();
      receipts = load.tracker().included();
    } finally {
      network.healAll();
    }
    long endMs = (System.nanoTime() - start) / 1_000_000;
    out.println("load: " + loadReport.describe());

    List<NodeEntry> nodes = network.manifest().nodes();
    long target = settle(nodes, out);
    List<ChainView> views = new ArrayList<>();
    Map<String, Optional<Integer>> evidence = new LinkedHashMap<>();
    for (NodeEntry n : nodes) {
      views.add(RpcChainView.read(n, target));
      evidence.put(n.name(), evidence(n));
    }
    InvariantReport report = InvariantChecker.check(views, target, receipts, evidence);

    out.println();
    out.println("Perturbations:");
    List<Long> times;
    synchronized (blockTimes) {
      times = List.copyOf(blockTimes);
    }
    for (ChaosRunner.Applied a : applied) {
      Perturbation p = a.planned();
      out.printf(Locale.ROOT, "  #%d %s  +%.1fs..+%.1fs  %-24s %-6s liveness pause %.1fs  (%s)%n", p.id(), a.startedAt(),
          a.startMs() / 1000.0, a.endMs() / 1000.0, p.kind().label(), p.node(),
          LivenessGaps.longestGap(times, a.startMs(), a.endMs(), endMs) / 1000.0, a.outcome());
    }
    if (applied.isEmpty()) {
      out.println("  none (no node could be perturbed within the f bound)");
    }
    out.println("Invariants:");
    out.print(report.describe());
    out.println(report.ok() ? "chaos: all invariants hold (seed " + chosenSeed + ")"
        : "chaos: " + report.violations().size() + " violation(s) (seed " + chosenSeed + ")");
    return report.ok() ? 0 : 1;
  }

  /**
   * The highest head any node has once all are healed, then waits until every node has it:
   * returns that height (nodes that never get there are reported by the checker).
   */
  private long settle(List<NodeEntry> nodes, PrintWriter out) {
    long deadline = System.nanoTime() + Duration.ofSeconds(settleSeconds).toNanos();
    long highest = -1;
    while (highest < 0 && System.nanoTime() < deadline) {
      highest = heads(nodes).values().stream().mapToLong(Long::longValue).max().orElse(-1);
      sleep(highest < 0 ? 500 : 0);
    }
    long target = highest;
    out.println("healed; waiting for all nodes to reach #" + target);
    out.flush();
    while (System.nanoTime() < deadline) {
      Map<String, Long> heads = heads(nodes);
      if (heads.size() == nodes.size() && heads.values().stream().allMatch(h -> h >= target)) {
        break;
      }
      sleep(500);
    }
    return target;
  }

  private static Map<String, Long> heads(List<NodeEntry> nodes) {
    Map<String, Long> heads = new LinkedHashMap<>();
    for (NodeEntry n : nodes) {
      try (NodeClient client = NodeClient.local(n.rpcPort(), 2_000)) {
        heads.put(n.name(), client.blockNumber());
      } catch (RpcUnavailable | RpcError e) {
        // Not up yet: counted as missing.
      }
    }
    return heads;
  }

  private static Optional<Integer> evidence(NodeEntry n) {
    try (NodeClient client = NodeClient.local(n.rpcPort(), 5_000)) {
      return client.evidenceCount();
    } catch (RpcUnavailable | RpcError e) {
      return Optional.empty();
    }
  }

  private static void sleep(long ms) {
    if (ms <= 0) {
      return;
    }
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
