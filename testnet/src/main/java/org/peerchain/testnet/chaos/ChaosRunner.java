package org.peerchain.testnet.chaos;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.peerchain.testnet.process.Signals.Signal;

/** Plays a schedule against the live network in real time, and records when each fault really began and ended. */
public final class ChaosRunner {
  /** A perturbation as it happened: offsets in ms since chaos began. */
  public record Applied(Perturbation planned, Instant startedAt, long startMs, long endMs, String outcome) {}

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
    long[] started = new long[schedule.size() + 1];
    Instant[] startedAt = new Instant[schedule.size() + 1];
    String[] outcome = new String[schedule.size() + 1];
    List<Applied> applied = new ArrayList<>();
    for (Step step : steps) {
      waitUntil(step.atMs());
      Perturbation p = step.p();
      long now = clockMs.getAsLong();
      if (step.start()) {
        started[p.id()] = now;
        startedAt[p.id()] = Instant.now();
        outcome[p.id()] = begin(p);
        say(now, "#" + p.id() + " " + p.kind().label() + " " + p.node() + ": " + outcome[p.id()]);
      } else {
        String healed = end(p);
        long end = clockMs.getAsLong();
        say(end, "#" + p.id() + " healed " + p.node() + ": " + healed);
        applied.add(new Applied(p, startedAt[p.id()], started[p.id()], end, outcome[p.id()] + "; " + healed));
      }
    }
    applied.sort(Comparator.comparingInt(a -> a.planned().id()));
    return applied;
  }

  private String begin(Perturbation p) {
    if (!network.isRunning(p.node())) {
      return "was not running";
    }
    switch (p.kind()) {
      case KILL_RESTART -> network.kill(p.node());
      case PAUSE -> network.signal(p.node(), Signal.STOP);
      case TERM_RESTART -> network.terminate(p.node());
    }
    return switch (p.kind()) {
      case KILL_RESTART -> "SIGKILL sent";
      case PAUSE -> "SIGSTOP sent";
      case TERM_RESTART -> "stopped with SIGTERM";
    };
  }

  private String end(Perturbation p) {
    if (p.kind() == PerturbationKind.PAUSE && network.signal(p.node(), Signal.CONT)) {
      return "SIGCONT sent";
    }
    return "running as PID " + network.ensureRunning(p.node());
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
