package org.peerchain.node.validator;

import org.peerchain.consensus.bft.LinearTimeouts;
import org.peerchain.consensus.bft.TimeoutPolicy;
import org.peerchain.core.genesis.Genesis;

/**
 * Round timeouts for a chain. Round 0's propose timeout covers the proposer's wait for
 * transactions (up to the empty-block period), so an idle network does not skip rounds; later
 * rounds are short, growing linearly and capped.
 */
public final class ConsensusTimeouts {
  public static final long BASE_MS = 1_000;
  public static final long DELTA_MS = 500;
  public static final long CAP_MS = 30_000;

  private ConsensusTimeouts() {}

  public static TimeoutPolicy forChain(Genesis genesis) {
    return LinearTimeouts.builder()
        .base(BASE_MS, BASE_MS, BASE_MS)
        .round0(genesis.emptyBlockPeriodMs() + BASE_MS, BASE_MS, BASE_MS)
        .delta(DELTA_MS, DELTA_MS, DELTA_MS)
        .cap(Math.max(CAP_MS, genesis.emptyBlockPeriodMs() + BASE_MS))
        .build();
  }

  /**
   * A one-validator dev chain: its producer alone decides when a block comes (automine, an interval,
   * or only when asked), so round 0 waits up to a day rather than skipping rounds while idle.
   */
  public static TimeoutPolicy forDevChain() {
    long day = 86_400_000L;
    return LinearTimeouts.builder()
        .base(BASE_MS, BASE_MS, BASE_MS)
        .round0(day, BASE_MS, BASE_MS)
        .delta(DELTA_MS, DELTA_MS, DELTA_MS)
        .cap(day)
        .build();
  }
}
