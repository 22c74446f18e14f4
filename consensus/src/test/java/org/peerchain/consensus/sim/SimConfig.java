package org.peerchain.consensus.sim;

import org.peerchain.consensus.bft.engine.Rules;

/**
 * One simulation run: {@code n} validators, a seed that decides everything random (faults, delays,
 * byzantine behaviour), and how many heights every honest validator must finalize after the last
 * fault heals.
 */
public record SimConfig(long seed, int n, boolean faults, Rules rules, int heightsAfterGst, int traceLines,
    Behavior adversary, long syncIntervalMs, boolean relays) {
  /** How often a lagging validator is handed the certified blocks it lacks (the stand-in for sync). */
  public static final long DEFAULT_SYNC_MS = 3000;

  private static final int[] SIZES = {1, 4, 7};

  public SimConfig {
    if (n < 1) {
      throw new IllegalArgumentException("a simulation needs at least one validator, got " + n);
    }
    if (syncIntervalMs < 1) {
      throw new IllegalArgumentException("syncIntervalMs must be positive, got " + syncIntervalMs);
    }
    if (heightsAfterGst < 1) {
      throw new IllegalArgumentException("heightsAfterGst must be at least 1, got " + heightsAfterGst);
    }
  }

  /** The mixed-fault run of a seed: the seed also picks n among 1, 4 and 7. */
  public static SimConfig forSeed(long seed) {
    return new SimConfig(seed, SIZES[(int) Math.floorMod(seed, 3L)], true, Rules.STANDARD, 3, 200, null, DEFAULT_SYNC_MS,
        false);
  }

  /** A fault-free run of {@code heights} heights, without a trace (for benchmarks). */
  public static SimConfig faultFree(long seed, int n, int heights) {
    return new SimConfig(seed, n, false, Rules.STANDARD, heights, 0, null, DEFAULT_SYNC_MS, false);
  }

  public SimConfig withRules(Rules r) {
    return new SimConfig(seed, n, faults, r, heightsAfterGst, traceLines, adversary, syncIntervalMs, relays);
  }

  public SimConfig withN(int newN) {
    return new SimConfig(seed, newN, faults, rules, heightsAfterGst, traceLines, adversary, syncIntervalMs, relays);
  }

  /** Slower sync gives a split decision longer to turn into a conflicting one. */
  SimConfig withSyncInterval(long ms) {
    return new SimConfig(seed, n, faults, rules, heightsAfterGst, traceLines, adversary, ms, relays);
  }

  /** Exactly f byzantine validators, all behaving as {@code b} (instead of a random mix). */
  SimConfig withAdversary(Behavior b) {
    return new SimConfig(seed, n, faults, rules, heightsAfterGst, traceLines, b, syncIntervalMs, relays);
  }

  /**
   * The same run with non-validator relays on the links as well: a second path for a share of the
   * messages, which drops, delays, duplicates and tampers with what it carries.
   */
  public SimConfig withRelays() {
    return new SimConfig(seed, n, faults, rules, heightsAfterGst, traceLines, adversary, syncIntervalMs, true);
  }
}
