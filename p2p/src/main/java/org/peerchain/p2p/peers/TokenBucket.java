package org.peerchain.p2p.peers;

import java.util.function.LongSupplier;

/**
 * A byte budget refilled at {@code bytesPerSecond} up to one second's worth, on an injected clock.
 * Charges may take it into debt (an answer's size is known only once it is built); nothing more
 * is allowed until the debt is paid off.
 */
public final class TokenBucket {
  private static final double NANOS_PER_SECOND = 1e9;

  private final double bytesPerSecond;
  private final double capacity;
  private final LongSupplier nanoTime;
  private double tokens;
  private long refilledAt;

  public TokenBucket(long bytesPerSecond, LongSupplier nanoTime) {
    if (bytesPerSecond < 1) {
      throw new IllegalArgumentException("a budget needs a positive rate, got " + bytesPerSecond);
    }
    this.bytesPerSecond = bytesPerSecond;
    this.capacity = bytesPerSecond;
    this.nanoTime = nanoTime;
    this.tokens = capacity;
    this.refilledAt = nanoTime.getAsLong();
  }

  /** 0 when something may be spent now, else how long until the debt is paid. */
  public synchronized long nanosUntilAvailable() {
    refill();
    return tokens > 0 ? 0 : (long) Math.ceil((1 - tokens) / bytesPerSecond * NANOS_PER_SECOND);
  }

  public synchronized void charge(long bytes) {
    refill();
    tokens -= bytes;
  }

  private void refill() {
    long now = nanoTime.getAsLong();
    long elapsed = now - refilledAt;
    if (elapsed > 0) {
      tokens = Math.min(capacity, tokens + elapsed * bytesPerSecond / NANOS_PER_SECOND);
      refilledAt = now;
    }
  }
}
