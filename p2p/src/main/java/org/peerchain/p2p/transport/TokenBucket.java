package org.peerchain.p2p.transport;

import java.util.function.LongSupplier;

/** A token bucket: holds up to {@code capacity} tokens and gains {@code perSecond} of them a second. Not thread-safe. */
final class TokenBucket {
  private final double capacity;
  private final double perNano;
  private final LongSupplier nanoTime;
  private double tokens;
  private long at;

  TokenBucket(int capacity, double perSecond, LongSupplier nanoTime) {
    this.capacity = capacity;
    this.perNano = perSecond / 1e9;
    this.nanoTime = nanoTime;
    this.tokens = capacity;
    this.at = nanoTime.getAsLong();
  }

  boolean tryTake() {
    refill();
    if (tokens < 1) {
      return false;
    }
    tokens -= 1;
    return true;
  }

  /** Full again: the bucket remembers nothing worth keeping. */
  boolean isFull() {
    refill();
    return tokens >= capacity;
  }

  private void refill() {
    long now = nanoTime.getAsLong();
    long elapsed = now - at;
    if (elapsed > 0) {
      tokens = Math.min(capacity, tokens + elapsed * perNano);
      at = now;
    }
  }
}
