package org.peerchain.testnet.chaos;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
      String outcome, List<HeadObservation> headsBeforeHeal) {}

  private record Step(long atMs, Perturbation p, boolean start) {}

  private final LiveNetwork network;
  private final PrintWriter log;
  private final LongSupplier clockMs;

  /** @param clockMs milliseconds since chaos began */
  public ChaosRunner(LiveNetwork network, PrintWriter log, LongSupplier clockMs) {
    this.network = network;
    this.log = log;
    this.clockMs = clockMs;
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
    for (Step step : steps) {
      waitUntil(step.atMs());
      if (Thread.currentThread().isInterrupted()) {
        break;
      }
      Perturbation p = step.p();
      long now = clockMs.getAsLong();
      if (step.start()) {
        List<String> nodes = resolve(p);
        hit.put(p.id(), nodes);
        started.put(p.id(), now);
        startedAt.put(p.id(), Instant.now());
        outcome.put(p.id(), begin(p, nodes));
        say(now, "#" + p.id() + " " + p.kind().label() + " " + String.join(",", nodes) + ": " + outcome.get(p.id()));
      } else {
        List<HeadObservation> heads = p.kind() == PerturbationKind.PARTITION || p.kind() == PerturbationKind.ONE_WAY
            ? network.observeHeads() : List.of();
        String healed = end(p, hit.get(p.id()));
        long end = clockMs.getAsLong();
        say(end, "#" + p.id() + " healed " + String.join(",", hit.get(p.id())) + ": " + healed);
        applied.add(new Applied(p, hit.get(p.id()), startedAt.get(p.id()), started.get(p.id()), end,
            outcome.get(p.id()) + "; " + healed, heads));
      }
    }
    applied.sort(Comparator.comparingInt(a -> a.planned().id()));
    return applied;
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
