package org.peerchain.testnet.attack;

import java.util.Arrays;
import java.util.List;

/** Block intervals (ms between first sightings of consecutive blocks) and their percentiles. */
public record Intervals(long[] millis) {
  public static Intervals between(List<Long> seenMillis) {
    long[] out = new long[Math.max(0, seenMillis.size() - 1)];
    for (int i = 1; i < seenMillis.size(); i++) {
      out[i - 1] = seenMillis.get(i) - seenMillis.get(i - 1);
    }
    Arrays.sort(out);
    return new Intervals(out);
  }

  public int count() {
    return millis.length;
  }

  /** Nearest-rank percentile; 0 with no intervals. */
  public long percentile(double p) {
    if (millis.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * millis.length);
    return millis[Math.max(0, Math.min(millis.length - 1, rank - 1))];
  }

  public long max() {
    return millis.length == 0 ? 0 : millis[millis.length - 1];
  }

  public String describe() {
    return String.format("p50 %d ms, p99 %d ms, max %d ms over %d intervals", percentile(50), percentile(99), max(),
        count());
  }
}
