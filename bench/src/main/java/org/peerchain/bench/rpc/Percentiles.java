package org.peerchain.bench.rpc;

import java.util.Arrays;

/** Nearest-rank percentiles of a sample. */
final class Percentiles {
  private final double[] sorted;

  Percentiles(double[] values) {
    sorted = values.clone();
    Arrays.sort(sorted);
  }

  double at(double percent) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  static double median(double[] values) {
    return new Percentiles(values).at(50);
  }
}
