package org.peerchain.testnet.chaos;

import java.util.List;

/** The longest wait between finalized blocks around a fault: how long the network stalled. */
public final class LivenessGaps {
  private LivenessGaps() {}

  /**
   * @param blockTimesMs when each new block was first seen, ascending, in ms since chaos began
   * @param endMs when observation stopped: a stall still running then counts up to it
   * @return the longest interval between consecutive blocks that ends after the fault began and
   *     began before it was healed: a stall the fault may have caused or prolonged
   */
  public static long longestGap(List<Long> blockTimesMs, long fromMs, long toMs, long endMs) {
    long longest = 0;
    long previous = Long.MIN_VALUE;
    for (long t : blockTimesMs) {
      if (previous != Long.MIN_VALUE && t >= fromMs && previous <= toMs) {
        longest = Math.max(longest, t - previous);
      }
      previous = t;
    }
    if (previous != Long.MIN_VALUE && previous <= toMs && endMs > previous) {
      longest = Math.max(longest, endMs - previous);
    }
    return longest;
  }
}
