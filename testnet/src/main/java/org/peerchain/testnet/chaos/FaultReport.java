package org.peerchain.testnet.chaos;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.peerchain.testnet.check.ChainView;
import org.peerchain.testnet.check.HeadObservation;
import org.peerchain.testnet.check.HeadSample;
import org.peerchain.testnet.check.InvariantReport;
import org.peerchain.testnet.check.RecoveryChecks;

/**
 * Each fault as it happened: its window, the liveness pause it caused (longest wait for a block
 * around it), how many blocks the side with > 2/3 finalized meanwhile, and how long after the heal
 * every node moved past the highest head of that moment; plus the checks these figures carry.
 */
public final class FaultReport {
  /** Shorter faults may fall between two rounds of a healthy majority; their progress is not asked. */
  static final long MIN_PROGRESS_WINDOW_MS = 5_000;

  /** One fault's figures; {@code healToProgressMs} empty when it never happened. */
  public record Line(ChaosRunner.Applied applied, long pauseMs, boolean livenessExpected, int validatorsAway,
      OptionalLong majorityBlocks, OptionalLong healToProgressMs) {}

  private final List<Line> lines;
  private final InvariantReport checks;

  private FaultReport(List<Line> lines, InvariantReport checks) {
    this.lines = List.copyOf(lines);
    this.checks = checks;
  }

  /**
   * @param validators validator names
   * @param convergeBoundMs how long after a heal every node may take to move on
   */
  public static FaultReport of(List<ChaosRunner.Applied> applied, List<Long> blockTimesMs, long endMs,
      List<HeadSample> samples, List<String> validators, List<String> allNodes, List<ChainView> finalViews,
      long convergeBoundMs) {
    List<Line> lines = new ArrayList<>();
    List<String> passed = new ArrayList<>();
    List<String> violations = new ArrayList<>();
    List<String> notChecked = new ArrayList<>();
    List<HeadObservation> seen = new ArrayList<>();
    int stalls = 0;
    int converged = 0;
    for (ChaosRunner.Applied a : applied) {
      Perturbation p = a.planned();
      if (a.skipped()) {
        lines.add(new Line(a, 0, false, 0, OptionalLong.empty(), OptionalLong.empty()));
        continue;
      }
      long pause = LivenessGaps.longestGap(blockTimesMs, a.startMs(), a.endMs(), endMs);
      // Faults that overlap take their validators away together.
      Set<String> away = new HashSet<>();
      for (ChaosRunner.Applied b : applied) {
        if (!b.skipped() && b.startMs() < a.endMs() && a.startMs() < b.endMs()
            && b.planned().kind() != PerturbationKind.LATENCY) {
          b.nodes().stream().filter(validators::contains).forEach(away::add);
        }
      }
      boolean expected = 3L * (validators.size() - away.size()) > 2L * validators.size();
      List<String> majority = validators.stream().filter(v -> !away.contains(v)).toList();
      OptionalLong blocks = expected && a.endMs() - a.startMs() >= MIN_PROGRESS_WINDOW_MS
          ? RecoveryChecks.progress(samples, a.startMs(), a.endMs(), majority) : OptionalLong.empty();
      OptionalLong heal = RecoveryChecks.healToProgressMs(samples, a.endMs(), allNodes,
          (atMs, node) -> hitByAnother(applied, a, atMs, node));
      lines.add(new Line(a, pause, expected, away.size(), blocks, heal));
      seen.addAll(a.headsBeforeHeal());
      if (blocks.isPresent() && blocks.getAsLong() <= 0) {
        violations.add("#" + p.id() + " " + p.kind().label() + ": the connected " + majority.size() + " of "
            + validators.size() + " validators (> 2/3) finalized nothing in " + seconds(a.endMs() - a.startMs()));
        stalls++;
      }
      if (heal.isEmpty() || heal.getAsLong() > convergeBoundMs) {
        violations.add("#" + p.id() + " " + p.kind().label() + ": not every node moved past the head of the heal "
            + "within " + seconds(convergeBoundMs) + (heal.isPresent() ? " (took " + seconds(heal.getAsLong()) + ")" : ""));
      } else {
        converged++;
      }
    }
    long done = applied.stream().filter(a -> !a.skipped()).count();
    if (done > 0) {
      if (stalls == 0) {
        passed.add("the side holding > 2/3 kept finalizing through every fault of " + seconds(MIN_PROGRESS_WINDOW_MS)
            + " or more that left it connected");
      }
      if (converged == done) {
        long worst = lines.stream().mapToLong(l -> l.healToProgressMs().orElse(0)).max().orElse(0);
        passed.add("after each of the " + done + " heals all nodes moved on within " + seconds(worst)
            + " (bound " + seconds(convergeBoundMs) + ")");
      }
    }
    List<String> forks = RecoveryChecks.forks(finalViews, seen);
    if (seen.isEmpty()) {
      if (applied.stream().anyMatch(a -> a.planned().kind().isLink())) {
        notChecked.add("heads during link faults (no node answered before the heals)");
      }
    } else if (forks.isEmpty()) {
      passed.add("no two different blocks at one height: " + seen.size() + " heads read at the ends of partitions "
          + "and one-way faults are the final chain's blocks");
    } else {
      violations.addAll(forks.subList(0, Math.min(5, forks.size())));
    }
    return new FaultReport(lines, new InvariantReport(passed, violations, notChecked));
  }

  /** Whether another fault than {@code a} had {@code node} down, cut off or unheard (or settling) at {@code atMs}. */
  static boolean hitByAnother(List<ChaosRunner.Applied> applied, ChaosRunner.Applied a, long atMs, String node) {
    for (ChaosRunner.Applied b : applied) {
      if (b != a && !b.skipped() && b.planned().kind() != PerturbationKind.LATENCY && b.nodes().contains(node)
          && b.startMs() <= atMs && atMs <= b.endMs() + ChaosSchedule.SETTLE_MS) {
        return true;
      }
    }
    return false;
  }

  public List<Line> lines() {
    return lines;
  }

  public InvariantReport checks() {
    return checks;
  }

  /** The table of faults, then the longest pause and heal per kind. */
  public String describe(int validators) {
    StringBuilder out = new StringBuilder();
    for (Line l : lines) {
      ChaosRunner.Applied a = l.applied();
      Perturbation p = a.planned();
      if (a.skipped()) {
        out.append(String.format(Locale.ROOT, "  #%d +%.1fs  %-18s %-22s %s%n", p.id(), a.startMs() / 1000.0,
            p.kind().label(), target(l), a.outcome()));
        continue;
      }
      out.append(String.format(Locale.ROOT, "  #%d %s  +%.1fs..+%.1fs  %-18s %-22s liveness pause %5.1fs  heal→progress %s  %s%n",
          p.id(), a.startedAt(), a.startMs() / 1000.0, a.endMs() / 1000.0, p.kind().label(), target(l),
          l.pauseMs() / 1000.0, l.healToProgressMs().isPresent() ? seconds(l.healToProgressMs().getAsLong()) : "never",
          quorumNote(l, validators)));
    }
    if (lines.isEmpty()) {
      out.append("  none (no node could be perturbed within the f bound)\n");
      return out.toString();
    }
    out.append("Per fault kind (longest liveness pause, longest heal→progress):\n");
    Map<PerturbationKind, long[]> byKind = new LinkedHashMap<>();
    for (Line l : lines) {
      if (l.applied().skipped()) {
        continue;
      }
      long[] v = byKind.computeIfAbsent(l.applied().planned().kind(), k -> new long[3]);
      v[0]++;
      v[1] = Math.max(v[1], l.pauseMs());
      v[2] = Math.max(v[2], l.healToProgressMs().orElse(Long.MAX_VALUE / 2));
    }
    byKind.forEach((kind, v) -> out.append(String.format(Locale.ROOT, "  %-24s %2d fault(s)  pause %5.1fs  heal→progress %s%n",
        kind.label(), v[0], v[1] / 1000.0, v[2] >= Long.MAX_VALUE / 2 ? "never" : seconds(v[2]))));
    return out.toString();
  }

  private static String target(Line l) {
    Perturbation p = l.applied().planned();
    String nodes = String.join(",", l.applied().nodes());
    return switch (p.kind()) {
      case PARTITION -> "{" + nodes + "} | rest";
      case ONE_WAY -> "nobody hears " + nodes;
      case LATENCY -> p.latencyMs() + "±" + p.jitterMs() + "ms all";
      default -> nodes;
    };
  }

  private static String quorumNote(Line l, int validators) {
    if (!l.livenessExpected()) {
      return "(no connected > 2/3: " + (validators - l.validatorsAway()) + " of " + validators + " validators; liveness not asked)";
    }
    return l.majorityBlocks().isPresent() ? "(majority finalized " + l.majorityBlocks().getAsLong() + " blocks meanwhile)"
        : "";
  }

  static String seconds(long ms) {
    return String.format(Locale.ROOT, "%.1fs", ms / 1000.0);
  }
}
