package org.peerchain.testnet.chaos;

import java.util.ArrayList;
import java.util.List;

/**
 * Named scenarios one after another: each fault lasts {@code faultMs}, then the network has
 * {@code healMs} to recover before the next. A scenario the network cannot stage is refused up
 * front, naming the fault model's bound it would break.
 */
public final class ScenarioPlan {
  static final long LEAD_MS = 2_000;
  static final long SCENARIO_LATENCY_MS = 200;
  static final long SCENARIO_JITTER_MS = 100;

  private ScenarioPlan() {}

  /**
   * @param validators validator names in testnet order
   * @param fullNodes full node names
   * @throws IllegalArgumentException when a scenario is impossible on this network
   */
  public static List<Perturbation> build(List<Scenario> scenarios, List<String> validators, List<String> fullNodes,
      boolean links, long faultMs, long healMs) {
    int n = validators.size();
    int f = (n - 1) / 3;
    List<Perturbation> out = new ArrayList<>();
    long at = LEAD_MS;
    for (Scenario s : scenarios) {
      if (s.needsLinks() && !links) {
        throw new IllegalArgumentException("scenario " + s.cliName() + " breaks links, but this testnet was made "
            + "without --link-faults; recreate it with 'peerchain testnet up --link-faults'");
      }
      int id = out.size() + 1;
      switch (s) {
        case ISOLATED_PROPOSER -> {
          requireTolerance(s, n, f, 1);
          out.add(new Perturbation(id, PerturbationKind.PARTITION, List.of(Perturbation.NEXT_PROPOSER), 1, at, faultMs,
              0, 0));
        }
        case MINORITY_SPLIT -> {
          requireTolerance(s, n, f, 1);
          out.add(new Perturbation(id, PerturbationKind.PARTITION, validators.subList(n - f, n), f, at, faultMs, 0, 0));
        }
        case HALVES -> {
          if (n + fullNodes.size() < 2 || n < 2) {
            throw new IllegalArgumentException("scenario " + s.cliName() + " needs at least 2 validators to split; "
                + "a partition of a " + n + "-validator network has no second side");
          }
          out.add(new Perturbation(id, PerturbationKind.PARTITION, validators.subList(n - n / 2, n), n / 2, at, faultMs,
              0, 0));
        }
        case ONE_WAY -> {
          requireTolerance(s, n, f, 1);
          out.add(new Perturbation(id, PerturbationKind.ONE_WAY, List.of(validators.get(n - 1)), 1, at, faultMs, 0, 0));
        }
        case LATENCY -> {
          List<String> all = new ArrayList<>(validators);
          all.addAll(fullNodes);
          if (all.size() < 2) {
            throw new IllegalArgumentException("scenario latency needs two nodes; this testnet has one");
          }
          out.add(new Perturbation(id, PerturbationKind.LATENCY, all, 0, at, faultMs, SCENARIO_LATENCY_MS,
              SCENARIO_JITTER_MS));
        }
        case ONE_THIRD_DOWN -> {
          requireTolerance(s, n, f, f);
          for (String v : validators.subList(n - f, n)) {
            out.add(new Perturbation(out.size() + 1, PerturbationKind.KILL_RESTART, v, true, at, faultMs));
          }
        }
        case REJOIN_AFTER_MAJORITY_LOSS -> {
          if (n < 2) {
            throw new IllegalArgumentException("scenario " + s.cliName() + " needs at least 2 validators (one must "
                + "stay up to rejoin); this testnet has " + n);
          }
          for (String v : validators.subList(n - (f + 1), n)) {
            out.add(new Perturbation(out.size() + 1, PerturbationKind.TERM_RESTART, v, true, at, faultMs));
          }
        }
      }
      at += faultMs + healMs;
    }
    return List.copyOf(out);
  }

  /** How long the plan runs, its last recovery included. */
  public static long durationMs(List<Scenario> scenarios, long faultMs, long healMs) {
    return LEAD_MS + scenarios.size() * (faultMs + healMs);
  }

  private static void requireTolerance(Scenario s, int n, int f, int wanted) {
    if (wanted < 1 || wanted > f) {
      throw new IllegalArgumentException("scenario " + s.cliName() + " takes " + Math.max(wanted, 1) + " of " + n
          + " validators away, more than f = " + f + " (n = 3f + 1 tolerates f); it needs at least "
          + (3 * Math.max(wanted, 1) + 1) + " validators");
    }
  }
}
