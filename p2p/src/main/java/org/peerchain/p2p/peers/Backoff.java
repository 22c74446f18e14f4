package org.peerchain.p2p.peers;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Exponential redial delays per address: after n failures in a row the next attempt waits
 * base·2^(n-1), capped. A success clears the address. Not thread-safe: the dialer's loop owns it.
 */
public final class Backoff {
  private record State(int failures, long notBefore) {}

  private final long baseNanos;
  private final long capNanos;
  private final Map<String, State> states = new HashMap<>();

  public Backoff(Duration base, Duration cap) {
    this.baseNanos = base.toNanos();
    this.capNanos = cap.toNanos();
  }

  public boolean ready(String key, long nowNanos) {
    State s = states.get(key);
    return s == null || nowNanos - s.notBefore() >= 0;
  }

  public void failed(String key, long nowNanos) {
    int failures = states.containsKey(key) ? states.get(key).failures() + 1 : 1;
    states.put(key, new State(failures, nowNanos + delayNanos(failures)));
  }

  public void succeeded(String key) {
    states.remove(key);
  }

  public int failures(String key) {
    State s = states.get(key);
    return s == null ? 0 : s.failures();
  }

  /** base·2^(failures-1), at most the cap. */
  public long delayNanos(int failures) {
    int shift = Math.min(failures - 1, 40);
    long d = baseNanos << shift;
    return d <= 0 || d > capNanos || (d >> shift) != baseNanos ? capNanos : d;
  }
}
