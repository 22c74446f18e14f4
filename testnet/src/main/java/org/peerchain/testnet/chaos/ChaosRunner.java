package org.peerchain.testnet.chaos;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import org.peerchain.testnet.check.HeadObservation;
import org.peerchain.testnet.links.LinkFaults;
import org.peerchain.testnet.process.Signals.Signal;

/** Plays a schedule against the live network in real time, and records when each fault really began and ended. */
public final class ChaosRunner {
  /**
   * A perturbation as it happened: offsets in ms since chaos began.
   *
   * @param nodes the nodes it hit (the next proposer resolved)
   * @param headsBeforeHeal every answering node's head just before a link fault was healed
   */
  public record Applied(Perturbation planned, List<String> nodes, Instant startedAt, long startMs, long endMs,
      String outcome, List<HeadObservation> headsBeforeHeal, boolean skipped) {}

  /**
   * What happens when a fault would take more than f validators away, counting those still
   * restarting or catching up from earlier faults (which take longer than planned on a busy machine).
   */
  public enum Gate {
    /** Start every fault as planned. */
    NONE,
    /** Skip the fault (the seeded mix, which promises never to exceed f). */
    SKIP,
    /** Before each new group of faults, wait until every validator is back (named scenarios, one after another). */
    WAIT
  }

  static final long LAG_SLACK_BLOCKS = 3;
  static final long MAX_GATE_WAIT_MS = 90_000;

  private record Step(long atMs, Perturbation p, boolean start) {}

  private final LiveNetwork network;
  private final PrintWriter log;
  private final LongSupplier clockMs;
  private final Gate gate;
  private final int f;

  /** @param clockMs milliseconds since chaos began */
  public ChaosRunner(LiveNetwork network, PrintWriter log, LongSupplier clockMs) {
    this(network, log, clockMs, Gate.NONE, 0);
  }

  /** @param f validators that may be away at once */
  public ChaosRunner(LiveNetwork network, PrintWriter log, LongSupplier clockMs, Gate gate, int f) {
    this.network = network;
    this.log = log;
    this.clockMs = clockMs;
    this.gate = gate;
    this.f = f;
  }

  public List<Applied> run(List<Perturbation> schedule) {
    List<Step> steps = new ArrayList<>();
    for (Perturbation p : schedule) {
      steps.add(new Step(p.startMs(), p, true));
      steps.add(new Step(p.endMs(), p, false));
    }
    steps.sort(Comparator.comparingLong(Step::atMs).thenComparing(s -> s.start() ? 1 : 0));
    Map<Integer, Long> started = new HashMap<>();
    Map<Integer, Instant> startedAt = new HashMap<>();
    Map<Integer, String> outcome = new HashMap<>();
    Map<Integer, List<String>> hit = new HashMap<>();
    List<Applied> applied = new ArrayList<>();
    Set<Integer> skipped = new HashSet<>();
    Set<Integer> active = new HashSet<>();
    long shift = 0;
    long lastGroup = Long.MIN_VALUE;
    for (Step step : steps) {
      waitUntil(step.atMs() + shift);
      if (Thread.currentThread().isInterrupted()) {
        break;
      }
      Perturbation p = step.p();
      if (step.start() && gate == Gate.WAIT && p.startMs() != lastGroup) {
        lastGroup = p.startMs();
        long waited = awaitAllBack();
        shift += waited;
      }
      long now = clockMs.getAsLong();
      if (step.start() && gate == Gate.SKIP && p.validators() > 0) {
        Set<String> underFault = new HashSet<>();
        for (Perturbation q : schedule) {
          if (active.contains(q.id()) && q.kind() != PerturbationKind.LATENCY) {
            underFault.addAll(hit.get(q.id()));
          }
        }
        Set<String> away = network.awayValidators(underFault, LAG_SLACK_BLOCKS);
        long added = p.validators() - p.nodes().stream().filter(away::contains).count();
        if (away.size() + added > f) {
          skipped.add(p.id());
          String why = "skipped: " + String.join(",", away) + " still away (down, cut off or catching up), and f = " + f;
          say(now, "#" + p.id() + " " + p.kind().label() + " " + p.node() + ": " + why);
          applied.add(new Applied(p, p.nodes(), Instant.now(), now, now, why, List.of(), true));
          continue;
        }
      }
      if (skipped.contains(p.id())) {
        continue;
      }
      if (step.start()) {
        active.add(p.id());
        List<String> nodes = resolve(p);
        hit.put(p.id(), nodes);
        started.put(p.id(), now);
        startedAt.put(p.id(), Instant.now());
        outcome.put(p.id(), begin(p, nodes));
        say(now, "#" + p.id() + " " + p.kind().label() + " " + String.join(",", nodes) + ": " + outcome.get(p.id()));
      } else {
        List<HeadObservation> heads = p.kind() == PerturbationKind.PARTITION || p.kind() == PerturbationKind.ONE_WAY
            ? network.observeHeads() : List.of();
        active.remove(p.id());
        String healed = end(p, hit.get(p.id()));
        long end = clockMs.getAsLong();
        say(end, "#" + p.id() + " healed " + String.join(",", hit.get(p.id())) + ": " + healed);
        applied.add(new Applied(p, hit.get(p.id()), startedAt.get(p.id()), started.get(p.id()), end,
            outcome.get(p.id()) + "; " + healed, heads, false));
      }
    }
    applied.sort(Comparator.comparingInt(a -> a.planned().id()));
    return applied;
  }

  /** Waits (bounded) until every validator answers at the head; returns how long it waited. */
  private long awaitAllBack() {
    long start = clockMs.getAsLong();
    while (clockMs.getAsLong() - start < MAX_GATE_WAIT_MS && !Thread.currentThread().isInterrupted()) {
      Set<String> away = network.awayValidators(Set.of(), LAG_SLACK_BLOCKS);
      if (away.isEmpty()) {
        break;
      }
      sleep(500);
    }
    long waited = clockMs.getAsLong() - start;
    if (waited > 1_000) {
      say(clockMs.getAsLong(), "waited " + waited / 1000 + " s for every validator to be back at the head");
    }
    return waited;
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private List<String> resolve(Perturbation p) {
    List<String> out = new ArrayList<>();
    for (String n : p.nodes()) {
      out.add(n.equals(Perturbation.NEXT_PROPOSER) ? network.nextProposer() : n);
    }
    return out;
  }

  private String begin(Perturbation p, List<String> nodes) {
    if (p.kind().isLink()) {
      List<String> all = network.names();
      LinkFaults faults = switch (p.kind()) {
        case PARTITION -> LinkFaults.partition(nodes, all.stream().filter(n -> !nodes.contains(n)).toList());
        case ONE_WAY -> LinkFaults.oneWay(nodes.get(0), all);
        default -> LinkFaults.latency(nodes, p.latencyMs(), p.jitterMs());
      };
      network.links().add(p.id(), faults);
      return faults.rules().size() + " directed links " + switch (p.kind()) {
        case PARTITION -> "cut";
        case ONE_WAY -> "stalled";
        default -> "delayed " + p.latencyMs() + "±" + p.jitterMs() + " ms";
      };
    }
    String node = nodes.get(0);
    if (!network.isRunning(node)) {
      return "was not running";
    }
    switch (p.kind()) {
      case KILL_RESTART -> network.kill(node);
      case PAUSE -> network.signal(node, Signal.STOP);
      default -> network.terminate(node);
    }
    return switch (p.kind()) {
      case KILL_RESTART -> "SIGKILL sent";
      case PAUSE -> "SIGSTOP sent";
      default -> "stopped with SIGTERM";
    };
  }

  private String end(Perturbation p, List<String> nodes) {
    if (p.kind().isLink()) {
      network.links().remove(p.id());
      return "links restored";
    }
    String node = nodes.get(0);
    if (p.kind() == PerturbationKind.PAUSE && network.signal(node, Signal.CONT)) {
      return "SIGCONT sent";
    }
    return "running as PID " + network.ensureRunning(node);
  }

  private void say(long atMs, String line) {
    log.printf(Locale.ROOT, "chaos %6.1fs: %s%n", atMs / 1000.0, line);
    log.flush();
  }

  private void waitUntil(long atMs) {
    for (long now = clockMs.getAsLong(); now < atMs; now = clockMs.getAsLong()) {
      try {
        Thread.sleep(Math.min(100, atMs - now));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
