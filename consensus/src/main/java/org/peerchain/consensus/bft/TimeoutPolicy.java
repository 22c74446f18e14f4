package org.peerchain.consensus.bft;

import org.peerchain.consensus.bft.message.Step;

/** How long the engine waits in a step of a round before it gives up on it. Pure: no clock. */
@FunctionalInterface
public interface TimeoutPolicy {
  /** The delay in milliseconds of the timeout of {@code step} in {@code round}; never negative. */
  long delayMs(Step step, int round);
}
