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
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.peerchain.core.crypto.PrivateKey;
import org.peerchain.testnet.TestnetException;
import org.peerchain.testnet.chaos.ChaosRunner;
import org.peerchain.testnet.chaos.ChaosSchedule;
import org.peerchain.testnet.chaos.FaultReport;
import org.peerchain.testnet.chaos.HeadSampler;
import org.peerchain.testnet.chaos.LinkControl;
import org.peerchain.testnet.chaos.LiveNetwork;
import org.peerchain.testnet.chaos.Perturbation;
import org.peerchain.testnet.chaos.Scenario;
import org.peerchain.testnet.chaos.ScenarioPlan;
import org.peerchain.testnet.check.ChainView;
import org.peerchain.testnet.check.HeadSample;
import org.peerchain.testnet.check.InvariantChecker;
import org.peerchain.testnet.check.InvariantReport;
import org.peerchain.testnet.check.RecoveryChecks;
import org.peerchain.testnet.check.RpcChainView;
import org.peerchain.testnet.links.LinkFaultsFile;
import org.peerchain.testnet.links.ProxyProcess;
import org.peerchain.testnet.load.BlockFollower;
import org.peerchain.testnet.load.LoadGenerator;
import org.peerchain.testnet.load.LoadReport;
import org.peerchain.testnet.load.TransferFactory;
import org.peerchain.testnet.manifest.Manifest;
import org.peerchain.testnet.manifest.ManifestStore;
import org.peerchain.testnet.manifest.NodeEntry;
import org.peerchain.testnet.process.NodeCommandLine;
import org.peerchain.testnet.process.LogTail;
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
 * or named scenarios one after another, then heal, and check that the network is whole and
 * consistent. Exits 1 on any violation. Every link is restored and every node running on exit,
 * also after Ctrl-C (a shutdown hook) and when an invariant fails.
 */
@Command(name = "chaos", sortOptions = false,
    description = {"While load runs, kill, pause and restart nodes at random (seeded; at most f = (n-1)/3",
        "validators at a time) and, on a testnet made with 'up --link-faults', partition, silence one way and",
        "delay links; or play --scenario names in turn. Then heal and check the invariants: same head and",
        "identical blocks and state roots on all nodes, every receipted transfer in the chain exactly once, no",
        "double-signing evidence, no other block at any height seen during a fault, progress of a side with",
        "> 2/3 of the power, and every node moving on within --converge-bound after each heal."})
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

  @Option(names = "--scenario", paramLabel = "NAME", split = ",",
      description = {"Play these scenarios in turn instead of a seeded mix: isolated-proposer, minority-split, halves,",
          "one-way, latency, one-third-down, rejoin-after-more-than-third-down."})
  private List<String> scenarios = List.of();

  @Option(names = "--fault-duration", paramLabel = "S", defaultValue = "10",
      description = "Seconds each scenario's fault lasts (default: ${DEFAULT-VALUE}).")
  private int faultSeconds;

  @Option(names = "--heal-time", paramLabel = "S", defaultValue = "15",
      description = "Seconds after each scenario's heal before the next (default: ${DEFAULT-VALUE}).")
  private int healSeconds;

  @Option(names = "--converge-bound", paramLabel = "S", defaultValue = "90",
      description = "Seconds every node may take after a heal to move past the head of that moment (default: ${DEFAULT-VALUE}).")
  private int convergeSeconds;

  @Override
  public Integer call() {
    if (faultSeconds < 1 || faultSeconds > 600 || healSeconds < 1 || healSeconds > 600) {
      throw new ParameterException(spec.commandLine(), "invalid --fault-duration or --heal-time: 1-600 seconds each");
    }
    if (convergeSeconds < 1) {
      throw new ParameterException(spec.commandLine(), "invalid value for --converge-bound: " + convergeSeconds);
    }
    List<Scenario> named;
    try {
      named = Scenario.parseAll(scenarios);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "invalid value for --scenario: " + e.getMessage());
    }
    if (!named.isEmpty()) {
      durationSeconds = (int) Math.min(MAX_DURATION_S, (ScenarioPlan.durationMs(named, faultSeconds * 1000L,
          healSeconds * 1000L) + 999) / 1000);
    }
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
    List<String> validatorNames = manifest.validators().stream().map(NodeEntry::name).toList();
    List<String> allNames = manifest.nodes().stream().map(NodeEntry::name).toList();
    long chosenSeed = seed != null ? seed : ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
    List<Perturbation> schedule;
    if (named.isEmpty()) {
      schedule = ChaosSchedule.generate(manifest.nodes().stream().map(ChaosSchedule.Target::of).toList(),
          manifest.faultTolerance(), durationSeconds * 1000L, chosenSeed, manifest.linkFaults());
    } else {
      try {
        schedule = ScenarioPlan.build(named, validatorNames,
            manifest.nodes().stream().filter(n -> !n.isValidator()).map(NodeEntry::name).toList(), manifest.linkFaults(),
            faultSeconds * 1000L, healSeconds * 1000L);
      } catch (IllegalArgumentException e) {
        throw new TestnetException("refused: " + e.getMessage());
      }
    }
    for (NodeEntry n : manifest.nodes()) {
      if (!processes.isRunning(n)) {
        throw new TestnetException(n.name() + " is not running; start the testnet first with 'peerchain testnet up --dir "
            + root + "'");
      }
    }
    // Refusals come first (above): an impossible schedule is refused whether or not the testnet runs.
    if (manifest.linkFaults() && !new ProxyProcess(root, NodeCommandLine.ofThisJvm(manifest.heapMb()),
        ProcessGuard.system()).isRunning(manifest)) {
      throw new TestnetException("the link proxy of " + root + " is not running, so the nodes cannot reach each other; "
          + "restart it with 'peerchain testnet up --dir " + root + "'");
    }
    PrintWriter out = spec.commandLine().getOut();
    if (named.isEmpty()) {
      out.printf(Locale.ROOT, "chaos: seed %d, %d s, %d perturbations, at most f=%d of %d validators at a time%s, load %d/s%n",
          chosenSeed, durationSeconds, schedule.size(), manifest.faultTolerance(), manifest.validators().size(),
          manifest.linkFaults() ? " (process and link faults)" : " (process faults; 'up --link-faults' adds link faults)",
          tps);
    } else {
      out.printf(Locale.ROOT, "chaos: scenarios %s, %d s faults, %d s to heal each, %d s in all, load %d/s%n",
          String.join(", ", named.stream().map(Scenario::cliName).toList()), faultSeconds, healSeconds, durationSeconds,
          tps);
    }
    for (Perturbation p : schedule) {
      out.printf(Locale.ROOT, "  #%d at %5.1fs for %4.1fs: %s%n", p.id(), p.startMs() / 1000.0, p.durationMs() / 1000.0,
          p.describe());
    }
    out.flush();

    Optional<LinkControl> links = manifest.linkFaults()
        ? Optional.of(new LinkControl(LinkFaultsFile.of(root))) : Optional.empty();
    // Faults a killed earlier run left behind are lifted first.
    links.ifPresent(LinkControl::healAll);
    LiveNetwork network = new LiveNetwork(root, manifest, processes, links);
    Thread healOnExit = new Thread(network::healAll, "chaos-heal-on-exit");
    Runtime.getRuntime().addShutdownHook(healOnExit);
    List<Long> blockTimes = Collections.synchronizedList(new ArrayList<>());
    long start = System.nanoTime();
    List<ChaosRunner.Applied> applied;
    LoadReport loadReport;
    Map<String, Long> receipts;
    List<HeadSample> samples;
    long endMs;
    try (BlockFollower follower = new BlockFollower(manifest.nodes());
        HeadSampler sampler = new HeadSampler(manifest.nodes(), () -> (System.nanoTime() - start) / 1_000_000)) {
      sampler.start();
      follower.addListener((block, seen) -> blockTimes.add((seen - start) / 1_000_000));
      LoadGenerator load = new LoadGenerator(manifest.nodes(), new TransferFactory(manifest.chainId(), keys), follower, out);
      follower.start();
      AtomicBoolean stop = new AtomicBoolean();
      CompletableFuture<LoadReport> loadRun = CompletableFuture.supplyAsync(() ->
          load.run(tps, Duration.ofSeconds(durationSeconds), Duration.ofSeconds(30), stop::get));
      try {
        // The seeded mix skips a fault that would take more than f validators away (counting nodes
        // still restarting); scenarios wait for every validator to be back before each one.
        applied = new ChaosRunner(network, out, () -> (System.nanoTime() - start) / 1_000_000,
            named.isEmpty() ? ChaosRunner.Gate.SKIP : ChaosRunner.Gate.WAIT, manifest.faultTolerance()).run(schedule);
      } finally {
        network.healAll();
      }
      loadReport = loadRun.join();
      receipts = load.tracker().included();
      endMs = (System.nanoTime() - start) / 1_000_000;
      out.println("load: " + loadReport.describe());
      // Sampling goes on while the healed network settles: the last heal's recovery is measured too.
      List<NodeEntry> nodes = network.manifest().nodes();
      long settleTarget = settle(nodes, out);
      waitForSamplesAfter(sampler, schedule, allNames, convergeSeconds * 1000L, start);
      samples = sampler.samples();
      return finish(network, settleTarget, receipts, applied, blockTimes, endMs, samples, validatorNames, allNames,
          chosenSeed, named.isEmpty(), out);
    } finally {
      network.healAll();
      try {
        Runtime.getRuntime().removeShutdownHook(healOnExit);
      } catch (IllegalStateException e) {
        // Already shutting down: the hook runs anyway.
      }
    }
  }

  /** Waits, at most the bound past the last heal, until the samples show every node past that heal's head. */
  private static void waitForSamplesAfter(HeadSampler sampler, List<Perturbation> schedule, List<String> nodes,
      long boundMs, long start) {
    long lastHeal = schedule.stream().mapToLong(Perturbation::endMs).max().orElse(0);
    while ((System.nanoTime() - start) / 1_000_000 < lastHeal + boundMs
        && RecoveryChecks.healToProgressMs(sampler.samples(), lastHeal, nodes).isEmpty()) {
      sleep(250);
    }
  }

  private Integer finish(LiveNetwork network, long target, Map<String, Long> receipts, List<ChaosRunner.Applied> applied,
      List<Long> blockTimes, long endMs, List<HeadSample> samples, List<String> validatorNames, List<String> allNames,
      long chosenSeed, boolean seeded, PrintWriter out) {
    List<NodeEntry> nodes = network.manifest().nodes();
    List<ChainView> views = new ArrayList<>();
    Map<String, Optional<Integer>> evidence = new LinkedHashMap<>();
    for (NodeEntry n : nodes) {
      views.add(RpcChainView.read(n, target));
      evidence.put(n.name(), evidence(n));
    }
    List<Long> times;
    synchronized (blockTimes) {
      times = List.copyOf(blockTimes);
    }
    FaultReport faults = FaultReport.of(applied, times, endMs, samples, validatorNames, allNames, views,
        convergeSeconds * 1000L);
    InvariantReport report = InvariantChecker.check(views, target, receipts, evidence).and(faults.checks());

    out.println();
    out.println("Perturbations (liveness pause: longest wait for a block around the fault; heal→progress: from the heal "
        + "until every node passed the highest head of that moment):");
    out.print(faults.describe(validatorNames.size()));
    for (ChainView v : views) {
      if (v.head() < 0) {
        // A node that never answered again: its own last words say why (a port taken, a crash).
        NodeEntry n = network.manifest().node(v.name()).orElseThrow();
        out.println(v.name() + " does not answer; " + n.logFile() + " ends with:");
        LogTail.last(n.logFile(), 8).forEach(line -> out.println("    " + line));
      }
    }
    out.println("Invariants:");
    out.print(report.describe());
    String run = seeded ? "seed " + chosenSeed : "scenarios";
    out.println(report.ok() ? "chaos: all invariants hold (" + run + ")"
        : "chaos: " + report.violations().size() + " violation(s) (" + run + ")");
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
