package org.peerchain.testnet.chaos;

import java.util.List;

/** The longest wait between finalized blocks around a fault: how long the network stalled. */
public final class LivenessGaps {
  /** After a heal the network may take this long to resume; the gap window reaches that far. */
  public static final long AFTER_HEAL_MS = 5_000;

  private LivenessGaps() {}

  /**
   * @param blockTimesMs when each new block was first seen, ascending, in ms since chaos began
   * @param endMs when observation stopped: a stall still running then counts up to it
   * @return the longest interval between consecutive blocks that overlaps
   *     [{@code fromMs}, {@code toMs} + {@link #AFTER_HEAL_MS}]
   */
  public static long longestGap(List<Long> blockTimesMs, long fromMs, long toMs, long endMs) {
    long windowEnd = toMs + AFTER_HEAL_MS;
    long longest = 0;
    long previous = Long.MIN_VALUE;
    for (long t : blockTimesMs) {
      if (previous != Long.MIN_VALUE && t >= fromMs && previous <= windowEnd) {
        longest = Math.max(longest, t - previous);
      }
      previous = t;
    }
    if (previous != Long.MIN_VALUE && previous <= windowEnd && endMs > previous) {
      longest = Math.max(longest, Math.min(endMs, Long.MAX_VALUE) - previous);
    }
    return longest;
  }
}
