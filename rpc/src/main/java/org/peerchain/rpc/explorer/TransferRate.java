package org.peerchain.rpc.explorer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Transfers per second over the last minutes, in equal buckets ending now, from the transaction
 * counts and timestamps (whole seconds) of recent blocks.
 *
 * @param perSecond oldest bucket first
 */
record TransferRate(long bucketSeconds, List<Double> perSecond) {
  static final int BUCKETS = 20;
  static final long BUCKET_SECONDS = ChainWindow.SECONDS / BUCKETS;

  TransferRate {
    perSecond = List.copyOf(perSecond);
  }

  static TransferRate of(List<BlockSummary> recent, Instant now) {
    long end = now.getEpochSecond() + 1;
    long start = end - BUCKETS * BUCKET_SECONDS;
    long[] counts = new long[BUCKETS];
    for (BlockSummary b : recent) {
      if (b.timestamp() >= start && b.timestamp() < end) {
        counts[(int) ((b.timestamp() - start) / BUCKET_SECONDS)] += b.txCount();
      }
    }
    List<Double> rates = new ArrayList<>(BUCKETS);
    for (long c : counts) {
      rates.add(c / (double) BUCKET_SECONDS);
    }
    return new TransferRate(BUCKET_SECONDS, rates);
  }

  double latest() {
    return perSecond.get(perSecond.size() - 1);
  }

  double peak() {
    return perSecond.stream().mapToDouble(Double::doubleValue).max().orElse(0);
  }

  long total() {
    return Math.round(perSecond.stream().mapToDouble(Double::doubleValue).sum() * bucketSeconds);
  }
}
