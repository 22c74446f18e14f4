package org.peerchain.testnet.chaos;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.peerchain.testnet.manifest.NodeEntry;

/**
 * A seeded fault schedule: the same seed, nodes and duration give the same perturbations. At no
 * moment are more than f validators perturbed, counting a healed node as perturbed while it catches
 * up ({@link #SETTLE_MS} after its heal); nodes are never perturbed twice at once.
 */
public final class ChaosSchedule {
  static final long WARMUP_MS = 2_000;
  static final long SETTLE_MS = 3_000;
  static final long MIN_GAP_MS = 1_000;
  static final long MAX_GAP_MS = 4_000;
  static final long MIN_FAULT_MS = 1_500;
  static final long MAX_FAULT_MS = 6_000;
  /** Every node is healed this long before the end, so the run closes on a whole network. */
  static final long COOLDOWN_MS = 3_000;

  private ChaosSchedule() {}

  /** A node as the schedule sees it. */
  public record Target(String name, boolean validator) {
    public static Target of(NodeEntry n) {
      return new Target(n.name(), n.isValidator());
    }
  }

  public static List<Perturbation> generate(List<Target> targets, int f, long durationMs, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    PerturbationKind[] kinds = PerturbationKind.values();
    List<Perturbation> out = new ArrayList<>();
    long lastStart = durationMs - COOLDOWN_MS - MIN_FAULT_MS;
    for (long start = WARMUP_MS; start <= lastStart; start += random.nextLong(MIN_GAP_MS, MAX_GAP_MS + 1)) {
      long duration = Math.min(random.nextLong(MIN_FAULT_MS, MAX_FAULT_MS + 1), durationMs - COOLDOWN_MS - start);
      PerturbationKind kind = kinds[random.nextInt(kinds.length)];
      List<Target> free = new ArrayList<>();
      for (Target t : targets) {
        if (allowed(t, start, start + duration, out, f)) {
          free.add(t);
        }
      }
      if (!free.isEmpty()) {
        Target t = free.get(random.nextInt(free.size()));
        out.add(new Perturbation(out.size() + 1, kind, t.name(), t.validator(), start, duration));
      }
    }
    return List.copyOf(out);
  }

  private static boolean allowed(Target t, long start, long end, List<Perturbation> planned, int f) {
    int validatorsBusy = 0;
    for (Perturbation p : planned) {
      boolean overlaps = p.startMs() < end + SETTLE_MS && start < p.endMs() + SETTLE_MS;
      if (!overlaps) {
        continue;
      }
      if (p.node().equals(t.name())) {
        return false;
      }
      if (p.validator()) {
        validatorsBusy++;
      }
    }
    return !t.validator() || validatorsBusy < f;
  }

  /** The most validators perturbed (or settling) at any one moment of {@code schedule}. */
  public static int maxConcurrentValidators(List<Perturbation> schedule) {
    int max = 0;
    for (Perturbation p : schedule) {
      long at = p.startMs();
      int busy = 0;
      for (Perturbation q : schedule) {
        if (q.validator() && q.startMs() <= at && at < q.endMs() + SETTLE_MS) {
          busy++;
        }
      }
      max = Math.max(max, busy);
    }
    return max;
  }
}
