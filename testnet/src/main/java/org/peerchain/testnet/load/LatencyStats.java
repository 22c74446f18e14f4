package org.peerchain.testnet.load;

import java.util.Arrays;

/** Percentiles of a set of latencies (nearest-rank), in milliseconds. */
public final class LatencyStats {
  private final long[] sortedMs;

  public LatencyStats(long[] latenciesMs) {
    this.sortedMs = latenciesMs.clone();
    Arrays.sort(sortedMs);
  }

  public int count() {
    return sortedMs.length;
  }

  /** @param p in (0, 100]; -1 when there are no samples */
  public long percentile(double p) {
    if (p <= 0 || p > 100) {
      throw new IllegalArgumentException("percentile must be in (0, 100], got " + p);
    }
    if (sortedMs.length == 0) {
      return -1;
    }
    int rank = (int) Math.ceil(p / 100.0 * sortedMs.length);
    return sortedMs[Math.max(0, rank - 1)];
  }

  public long max() {
    return sortedMs.length == 0 ? -1 : sortedMs[sortedMs.length - 1];
  }
}
