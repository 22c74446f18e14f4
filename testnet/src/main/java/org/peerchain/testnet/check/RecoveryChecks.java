package org.peerchain.testnet.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.BiPredicate;

/**
 * What head samples taken during chaos show about faults: whether a side that held > 2/3 kept
 * finalizing, how long after a heal every node had moved past the highest head of that moment,
 * and whether the heads seen during a fault belong to the final chain.
 */
public final class RecoveryChecks {
  private RecoveryChecks() {}

  /**
   * Milliseconds from {@code healMs} until every one of {@code nodes} has a head above the highest
   * head any node had at the heal; empty when that never happened within the samples.
   */
  public static OptionalLong healToProgressMs(List<HeadSample> samples, long healMs, Collection<String> nodes) {
    return healToProgressMs(samples, healMs, nodes, (atMs, node) -> false);
  }

  /**
   * As above, but a node {@code excused} at a sample's time (hit by a later fault then) need not
   * have moved on in that sample: a later fault's damage is not charged to this heal.
   */
  public static OptionalLong healToProgressMs(List<HeadSample> samples, long healMs, Collection<String> nodes,
      BiPredicate<Long, String> excused) {
    long highest = -1;
    for (HeadSample s : samples) {
      if (s.atMs() <= healMs) {
        highest = Math.max(highest, s.heads().values().stream().mapToLong(Long::longValue).max().orElse(-1));
      }
    }
    if (highest < 0) {
      return OptionalLong.empty();
    }
    for (HeadSample s : samples) {
      if (s.atMs() >= healMs && allAbove(s.heads(), nodes.stream().filter(n -> !excused.test(s.atMs(), n)).toList(),
          highest)) {
        return OptionalLong.of(s.atMs() - healMs);
      }
    }
    return OptionalLong.empty();
  }

  /**
   * How many blocks {@code side} finalized between {@code fromMs} and {@code toMs}: the highest
   * head among them in the last sample by {@code toMs} minus that in the first from {@code fromMs};
   * empty without two such samples.
   */
  public static OptionalLong progress(List<HeadSample> samples, long fromMs, long toMs, Collection<String> side) {
    Long first = null;
    Long last = null;
    for (HeadSample s : samples) {
      if (s.atMs() < fromMs || s.atMs() > toMs) {
        continue;
      }
      long head = side.stream().map(s.heads()::get).filter(h -> h != null).mapToLong(Long::longValue).max().orElse(-1);
      if (head < 0) {
        continue;
      }
      if (first == null) {
        first = head;
      }
      last = head;
    }
    if (first == null || samplesIn(samples, fromMs, toMs) < 2) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(last - first);
  }

  /** Findings where a head seen during a fault is not the final chain's block at that height. */
  public static List<String> forks(List<ChainView> views, List<HeadObservation> seen) {
    List<String> out = new ArrayList<>();
    for (HeadObservation o : seen) {
      for (ChainView v : views) {
        if (o.height() < v.blocks().size() && !v.blocks().get((int) o.height()).hash().equals(o.hash())) {
          out.add(o.node() + " had " + o.hash() + " at #" + o.height() + " during a fault, " + v.name() + " has "
              + v.blocks().get((int) o.height()).hash());
        }
      }
    }
    return out;
  }

  private static boolean allAbove(Map<String, Long> heads, Collection<String> nodes, long height) {
    for (String n : nodes) {
      Long h = heads.get(n);
      if (h == null || h <= height) {
        return false;
      }
    }
    return true;
  }

  private static int samplesIn(List<HeadSample> samples, long fromMs, long toMs) {
    return (int) samples.stream().filter(s -> s.atMs() >= fromMs && s.atMs() <= toMs).count();
  }
}
