package org.peerchain.p2p.transport;

import java.util.function.LongSupplier;

/**
 * A token bucket on an injected clock: holds up to {@code capacity} tokens and gains
 * {@code perSecond} of them a second. Used two ways: one token per event ({@link #tryTake}, accept
 * rates), or bytes charged after the fact ({@link #charge}, which may go into debt because an
 * answer's size is known only once it is built; nothing more is allowed until the debt is paid).
 * Thread-safe.
 */
public final class TokenBucket {
  private static final double NANOS_PER_SECOND = 1e9;

  private final double capacity;
  private final double perSecond;
  private final LongSupplier nanoTime;
  private double tokens;
  private long refilledAt;

  public TokenBucket(double capacity, double perSecond, LongSupplier nanoTime) {
    if (capacity <= 0 || perSecond <= 0) {
      throw new IllegalArgumentException("a bucket needs a positive capacity and rate, got " + capacity + " and "
          + perSecond);
    }
    this.capacity = capacity;
    this.perSecond = perSecond;
    this.nanoTime = nanoTime;
    this.tokens = capacity;
    this.refilledAt = nanoTime.getAsLong();
  }

  /** A byte budget of {@code bytesPerSecond}, holding at most one second's worth. */
  public static TokenBucket bytesPerSecond(long bytesPerSecond, LongSupplier nanoTime) {
    return new TokenBucket(bytesPerSecond, bytesPerSecond, nanoTime);
  }

  /** Takes one token if there is one. */
  public synchronized boolean tryTake() {
    refill();
    if (tokens < 1) {
      return false;
    }
    tokens -= 1;
    return true;
  }

  /** Full again: the bucket remembers nothing worth keeping. */
  public synchronized boolean isFull() {
    refill();
    return tokens >= capacity;
  }

  /** 0 when something may be spent now, else how long until the debt is paid. */
  public synchronized long nanosUntilAvailable() {
    refill();
    return tokens > 0 ? 0 : (long) Math.ceil((1 - tokens) / perSecond * NANOS_PER_SECOND);
  }

  public synchronized void charge(long amount) {
    refill();
    tokens -= amount;
  }

  private void refill() {
    long now = nanoTime.getAsLong();
    long elapsed = now - refilledAt;
    if (elapsed > 0) {
      tokens = Math.min(capacity, tokens + elapsed * perSecond / NANOS_PER_SECOND);
      refilledAt = now;
    }
  }
}
