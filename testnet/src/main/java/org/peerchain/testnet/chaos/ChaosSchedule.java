package org.peerchain.testnet.chaos;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.peerchain.testnet.manifest.NodeEntry;

/**
 * A seeded fault schedule: the same seed, nodes and duration give the same perturbations. At no
 * moment are more than f validators perturbed (down, paused, partitioned away or unheard), counting
 * a healed node as perturbed while it catches up ({@link #SETTLE_MS} after its heal), so a connected
 * group of more than 2/3 of the power always remains and liveness can be asked throughout; nodes
 * are never perturbed twice at once, and latency, which takes no node away, runs once at a time.
 */
public final class ChaosSchedule {
  static final long WARMUP_MS = 2_000;
  static final long SETTLE_MS = 3_000;
  static final long MIN_GAP_MS = 1_000;
  static final long MAX_GAP_MS = 4_000;
  static final long MIN_FAULT_MS = 1_500;
  static final long MAX_FAULT_MS = 6_000;
  static final long MIN_LATENCY_MS = 50;
  static final long MAX_LATENCY_MS = 400;
  /** Every node is healed this long before the end, so the run closes on a whole network. */
  static final long COOLDOWN_MS = 3_000;

  private ChaosSchedule() {}

  /** A node as the schedule sees it. */
  public record Target(String name, boolean validator) {
    public static Target of(NodeEntry n) {
      return new Target(n.name(), n.isValidator());
    }
  }

  /** Process faults only (a testnet without link proxies). */
  public static List<Perturbation> generate(List<Target> targets, int f, long durationMs, long seed) {
    return generate(targets, f, durationMs, seed, false);
  }

  /** With {@code links}, partitions of up to f validators, one-way loss and latency join the process faults. */
  public static List<Perturbation> generate(List<Target> targets, int f, long durationMs, long seed, boolean links) {
    SplittableRandom random = new SplittableRandom(seed);
    List<PerturbationKind> kinds = links ? List.of(PerturbationKind.values()) : PerturbationKind.processKinds();
    List<Perturbation> out = new ArrayList<>();
    long lastStart = durationMs - COOLDOWN_MS - MIN_FAULT_MS;
    for (long start = WARMUP_MS; start <= lastStart; start += random.nextLong(MIN_GAP_MS, MAX_GAP_MS + 1)) {
      long duration = Math.min(random.nextLong(MIN_FAULT_MS, MAX_FAULT_MS + 1), durationMs - COOLDOWN_MS - start);
      PerturbationKind kind = kinds.get(random.nextInt(kinds.size()));
      int id = out.size() + 1;
      if (kind == PerturbationKind.LATENCY) {
        long latency = random.nextLong(MIN_LATENCY_MS, MAX_LATENCY_MS + 1);
        long jitter = random.nextLong(0, latency / 2 + 1);
        long from = start;
        long to = start + duration;
        boolean busy = out.stream().anyMatch(p -> p.kind() == PerturbationKind.LATENCY && overlaps(p, from, to));
        if (!busy) {
          out.add(new Perturbation(id, kind, targets.stream().map(Target::name).toList(), 0, start, duration, latency,
              jitter));
        }
        continue;
      }
      List<Target> free = new ArrayList<>();
      for (Target t : targets) {
        if (allowed(t, start, start + duration, out, f)) {
          free.add(t);
        }
      }
      if (free.isEmpty()) {
        continue;
      }
      Target t = free.get(random.nextInt(free.size()));
      if (kind == PerturbationKind.PARTITION && t.validator()) {
        // Room for more than one validator on the small side when f allows it.
        List<Target> side = new ArrayList<>(List.of(t));
        int room = f - busyValidators(start, start + duration, out);
        for (Target o : free) {
          if (side.size() < room && o.validator() && o != t && random.nextBoolean()) {
            side.add(o);
          }
        }
        out.add(new Perturbation(id, kind, side.stream().map(Target::name).toList(), side.size(), start, duration, 0, 0));
      } else {
        out.add(new Perturbation(id, kind, List.of(t.name()), t.validator() ? 1 : 0, start, duration, 0, 0));
      }
    }
    return List.copyOf(out);
  }

  private static boolean overlaps(Perturbation p, long start, long end) {
    return p.startMs() < end + SETTLE_MS && start < p.endMs() + SETTLE_MS;
  }

  private static int busyValidators(long start, long end, List<Perturbation> planned) {
    int busy = 0;
    for (Perturbation p : planned) {
      if (overlaps(p, start, end)) {
        busy += p.validators();
      }
    }
    return busy;
  }

  private static boolean allowed(Target t, long start, long end, List<Perturbation> planned, int f) {
    for (Perturbation p : planned) {
      if (overlaps(p, start, end) && p.kind() != PerturbationKind.LATENCY && p.nodes().contains(t.name())) {
        return false;
      }
    }
    return !t.validator() || busyValidators(start, end, planned) < f;
  }

  /** The most validators perturbed (or settling) at any one moment of {@code schedule}. */
  public static int maxConcurrentValidators(List<Perturbation> schedule) {
    int max = 0;
    for (Perturbation p : schedule) {
      long at = p.startMs();
      int busy = 0;
      for (Perturbation q : schedule) {
        if (q.startMs() <= at && at < q.endMs() + SETTLE_MS) {
          busy += q.validators();
        }
      }
      max = Math.max(max, busy);
    }
    return max;
  }
}
