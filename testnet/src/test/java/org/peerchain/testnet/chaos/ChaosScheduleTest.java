package org.peerchain.testnet.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.peerchain.testnet.chaos.ChaosSchedule.Target;

class ChaosScheduleTest {
  static List<Target> network(int validators, int fullNodes) {
    List<Target> out = new ArrayList<>();
    for (int i = 0; i < validators + fullNodes; i++) {
      out.add(new Target("node" + (i + 1), i < validators));
    }
    return out;
  }

  @Test
  void sameSeedSameSchedule() {
    List<Perturbation> a = ChaosSchedule.generate(network(4, 1), 1, 60_000, 99);
    List<Perturbation> b = ChaosSchedule.generate(network(4, 1), 1, 60_000, 99);
    assertThat(a).isNotEmpty().isEqualTo(b);
    assertThat(ChaosSchedule.generate(network(4, 1), 1, 60_000, 100)).isNotEqualTo(a);
  }

  @Test
  void usesEveryProcessKindOverALongRunAndLinkKindsOnlyWithLinks() {
    List<Perturbation> s = ChaosSchedule.generate(network(7, 0), 2, 300_000, 5);
    assertThat(s).extracting(Perturbation::kind).containsAll(PerturbationKind.processKinds())
        .noneMatch(PerturbationKind::isLink);
    List<Perturbation> withLinks = ChaosSchedule.generate(network(7, 0), 2, 300_000, 5, true);
    assertThat(withLinks).extracting(Perturbation::kind).contains(PerturbationKind.values());
  }

  @Property(tries = 200)
  void linkFaultsCountAgainstTheSameBound(@ForAll @IntRange(min = 1, max = 8) int validators,
      @ForAll @LongRange(min = 5, max = 400) long seconds, @ForAll long seed) {
    int f = (validators - 1) / 3;
    List<Perturbation> s = ChaosSchedule.generate(network(validators, 0), f, seconds * 1000, seed, true);
    assertThat(ChaosSchedule.maxConcurrentValidators(s)).isLessThanOrEqualTo(f);
    for (Perturbation p : s) {
      assertThat(p.leavesQuorum(validators)).as("%s", p).isTrue();
      if (p.kind() == PerturbationKind.PARTITION) {
        assertThat(p.nodes()).isNotEmpty().hasSizeLessThan(validators);
      }
      if (p.kind() == PerturbationKind.LATENCY) {
        assertThat(p.latencyMs()).isBetween(ChaosSchedule.MIN_LATENCY_MS, ChaosSchedule.MAX_LATENCY_MS);
        assertThat(p.jitterMs()).isBetween(0L, p.latencyMs());
      }
    }
  }

  @Test
  void withNoToleranceOnlyFullNodesArePerturbed() {
    assertThat(ChaosSchedule.generate(network(1, 0), 0, 60_000, 1)).isEmpty();
    assertThat(ChaosSchedule.generate(network(3, 2), 0, 60_000, 1)).isNotEmpty().noneMatch(Perturbation::validator);
  }

  @Property(tries = 200)
  void neverMoreThanFValidatorsAtOnce(@ForAll @IntRange(min = 1, max = 13) int validators,
      @ForAll @IntRange(max = 3) int fullNodes, @ForAll @LongRange(min = 5, max = 400) long seconds, @ForAll long seed) {
    int f = (validators - 1) / 3;
    List<Perturbation> s = ChaosSchedule.generate(network(validators, fullNodes), f, seconds * 1000, seed);
    assertThat(ChaosSchedule.maxConcurrentValidators(s)).isLessThanOrEqualTo(f);
    for (Perturbation p : s) {
      assertThat(p.endMs()).isLessThanOrEqualTo(seconds * 1000 - ChaosSchedule.COOLDOWN_MS);
      assertThat(p.durationMs()).isPositive();
      for (Perturbation q : s) {
        boolean overlap = p != q && p.node().equals(q.node()) && p.startMs() < q.endMs() && q.startMs() < p.endMs();
        assertThat(overlap).as("%s and %s on one node at once", p, q).isFalse();
      }
    }
  }

  @Test
  void livenessGapIsTheLongestWaitAroundTheFault() {
    List<Long> blocks = List.of(0L, 500L, 1000L, 1500L, 6000L, 6500L, 7000L, 20_000L);
    assertThat(LivenessGaps.longestGap(blocks, 1600, 3000, 21_000)).isEqualTo(4500);
    assertThat(LivenessGaps.longestGap(blocks, 0, 1000, 21_000)).isEqualTo(500);
    assertThat(LivenessGaps.longestGap(blocks, 14_000, 14_500, 21_000)).isEqualTo(13_000);
    assertThat(LivenessGaps.longestGap(List.of(0L, 500L), 1000, 2000, 4000)).as("a stall until the end").isEqualTo(3500);
    assertThat(LivenessGaps.longestGap(List.of(), 1000, 2000, 4000)).isZero();
  }
}
