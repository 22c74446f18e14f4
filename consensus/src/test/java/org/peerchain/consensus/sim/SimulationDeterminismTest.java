package org.peerchain.consensus.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A seed is a complete description of a run: replaying it repeats it event for event. */
class SimulationDeterminismTest {

  @Test
  void theSameSeedReplaysTheSameRun() {
    for (long seed : new long[] {5, 22, 43}) {
      SimResult first = Simulation.run(SimConfig.forSeed(seed));
      SimResult again = Simulation.run(SimConfig.forSeed(seed));
      assertThat(again.events()).isEqualTo(first.events());
      assertThat(again.virtualMs()).isEqualTo(first.virtualMs());
      assertThat(again.heights()).isEqualTo(first.heights());
      assertThat(again.trace()).isEqualTo(first.trace());
    }
  }

  @Test
  void aFaultFreeRunFinalizesEveryHeightOnEveryValidator() {
    SimResult r = Simulation.run(SimConfig.faultFree(1, 7, 20));
    assertThat(r.passed()).as(r.report()).isTrue();
    assertThat(r.heights()).allSatisfy(h -> assertThat(h).isGreaterThanOrEqualTo(20));
  }

  @Test
  void aFailureReportNamesTheSeedHowToReplayItAndTheLastEvents() {
    SimResult r = Simulation.run(SimConfig.forSeed(43).withN(4).withRules(new org.peerchain.consensus.bft.engine.Rules(true))
        .withAdversary(Behavior.AGGRESSIVE).withSyncInterval(20_000));
    assertThat(r.passed()).isFalse();
    assertThat(r.report()).contains("seed 43", "-Dsim.seed=43", "AGREEMENT", "COMMIT height");
  }
}
