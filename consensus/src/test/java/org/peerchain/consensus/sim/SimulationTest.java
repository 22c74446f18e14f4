package org.peerchain.consensus.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The deterministic simulation over many seeds. {@code -Dsim.seeds=N} runs N seeds (default 210, 70 for each n),
 * {@code -Dsim.seed=S} replays exactly seed S, {@code -Dsim.firstSeed=F} starts elsewhere.
 */
class SimulationTest {

  @Test
  void everySeedKeepsSafetyAndLiveness() {
    String one = System.getProperty("sim.seed");
    List<Long> seeds = new ArrayList<>();
    if (one != null && !one.isBlank()) {
      seeds.add(Long.parseLong(one.strip()));
    } else {
      long first = Long.getLong("sim.firstSeed", 1L);
      long count = Long.getLong("sim.seeds", 210L);
      for (long s = first; s < first + count; s++) {
        seeds.add(s);
      }
    }
    List<String> failures = new ArrayList<>();
    long maxRecovery = 0;
    for (long seed : seeds) {
      long t0 = System.nanoTime();
      SimResult r = Simulation.run(SimConfig.forSeed(seed));
      if (Boolean.getBoolean("sim.verbose")) {
        System.out.printf("seed %d n=%d events=%d virtual=%dms heights=%s wall=%dms%n", seed, r.config().n(), r.events(),
            r.virtualMs(), r.heights(), (System.nanoTime() - t0) / 1_000_000);
      }
      if (!r.passed()) {
        failures.add(r.report());
        if (failures.size() >= 3) {
          break;
        }
      }
      maxRecovery = Math.max(maxRecovery, r.lastGstToDoneMs());
    }
    System.out.println("simulation: " + seeds.size() + " seeds, slowest recovery after GST " + maxRecovery + " ms");
    assertThat(failures).as(String.join("\n\n", failures)).isEmpty();
  }

  /**
   * The mixed-fault runs again, with non-validator relays on the links that drop, delay, duplicate
   * and tamper (swapped proposal bodies, broken signatures). {@code -Dsim.relaySeeds=N} runs N seeds
   * (default 60).
   */
  @Test
  void relaysThatDropDelayDuplicateAndTamperCostNeitherSafetyNorLiveness() {
    long count = Long.getLong("sim.relaySeeds", 60L);
    List<String> failures = new ArrayList<>();
    long tampered = 0;
    for (long seed = 1; seed <= count && failures.size() < 3; seed++) {
      SimResult r = Simulation.run(SimConfig.forSeed(seed).withRelays());
      if (!r.passed()) {
        failures.add(r.report());
      }
      tampered += r.tampered();
    }
    System.out.println("simulation with relays: " + count + " seeds, " + tampered + " messages tampered");
    assertThat(tampered).as("the relays did tamper").isPositive();
    assertThat(failures).as(String.join("\n\n", failures)).isEmpty();
  }

  /**
   * Validators 0 and 1 lock on a block in round 0, which validators 2 (byzantine, proposing invalid
   * blocks) and 3 precommit nil on; both locked ones crash and restart before GST, and the polka of
   * round 0 survives nowhere but in their signer records. They must re-propose the locked block with
   * it, or no round gets a quorum again.
   */
  @Test
  void seed4447RestartedLockedValidatorsReproposeTheirLockedBlock() {
    SimResult r = Simulation.run(SimConfig.forSeed(4447));
    // The seed still draws the scenario it stands for.
    assertThat(r.config().n()).isEqualTo(4);
    assertThat(r.faults()).contains("Crash[node=0,", "Crash[node=1,", "byzantine={2=INVALID_BLOCKS}");
    assertThat(r.passed()).as(r.report()).isTrue();
    assertThat(r.lastGstToDoneMs()).isNotNegative();
    assertThat(r.heights()).allSatisfy(h -> assertThat(h).isGreaterThanOrEqualTo(3));
  }
}
