package org.peerchain.consensus.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerchain.consensus.bft.engine.Rules;

/**
 * The simulation must be able to fail: with the lock check on prevote switched off, byzantine
 * validators lead honest ones to finalize different blocks at one height, and the harness reports it.
 */
class BrokenEngineSimulationTest {
  static final int MAX_SEEDS = Integer.getInteger("sim.brokenSeeds", 200);

  @Test
  void withoutTheLockCheckTheSimulatorFindsAnAgreementViolation() {
    List<Long> failing = new ArrayList<>();
    SimResult found = null;
    for (long seed = 1; seed <= MAX_SEEDS && found == null; seed++) {
      SimResult r = Simulation.run(SimConfig.forSeed(seed).withN(Integer.getInteger("sim.brokenN", 4)).withRules(new Rules(true)).withAdversary(Behavior.AGGRESSIVE)
          .withSyncInterval(Long.getLong("sim.brokenSyncMs", 20_000)));
      if (r.violations().stream().anyMatch(v -> v.startsWith("AGREEMENT"))) {
        found = r;
      }
      if (!r.passed()) {
        failing.add(seed);
      }
    }
    System.out.println("broken engine: failing seeds " + failing);
    assertThat(found).as("an agreement violation within " + MAX_SEEDS + " seeds").isNotNull();
    System.out.println(found.report());
  }
}
