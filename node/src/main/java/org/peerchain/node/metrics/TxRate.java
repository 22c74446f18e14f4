package org.peerchain.node.metrics;

import java.util.function.LongSupplier;

/** Transactions per second over a sliding window of whole seconds. Not thread-safe: the commit path owns it. */
final class TxRate {
  static final int WINDOW_SECONDS = 10;
  private static final long SECOND = 1_000_000_000L;

  private final LongSupplier nanoClock;
  private final long[] counts = new long[WINDOW_SECONDS];
  private final long start;
  private long currentSecond;

  TxRate(LongSupplier nanoClock) {
    this.nanoClock = nanoClock;
    this.start = nanoClock.getAsLong();
  }

  /** Records {@code txs} now and returns the rate over the window (or over the time since start, if shorter). */
  double add(long txs) {
    long second = (nanoClock.getAsLong() - start) / SECOND;
    // Seconds that passed without a call had no transactions.
    for (long s = Math.max(currentSecond + 1, second - WINDOW_SECONDS + 1); s <= second; s++) {
      counts[(int) (s % WINDOW_SECONDS)] = 0;
    }
    currentSecond = Math.max(currentSecond, second);
    counts[(int) (second % WINDOW_SECONDS)] += txs;
    long total = 0;
    for (long c : counts) {
      total += c;
    }
    long span = Math.min(WINDOW_SECONDS, second + 1);
    return (double) total / span;
  }
}
