package org.peerchain.p2p.peers;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Exponential redial delays per address: after n failures in a row the next attempt waits
 * base·2^(n-1), capped. A success clears the address. Bounded to {@link #MAX_TRACKED} addresses.
 * Not thread-safe: the dialer's loop owns it.
 */
public final class Backoff {
  /** Addresses tracked at most; beyond, the stalest is forgotten (its next failure starts over). */
  public static final int MAX_TRACKED = 4096;

  private record State(int failures, long notBefore) {}

  private final long baseNanos;
  private final long capNanos;
  private final Map<String, State> states = new LinkedHashMap<>();

  public Backoff(Duration base, Duration cap) {
    this.baseNanos = base.toNanos();
    this.capNanos = cap.toNanos();
  }

  public boolean ready(String key, long nowNanos) {
    State s = states.get(key);
    return s == null || nowNanos - s.notBefore() >= 0;
  }

  public void failed(String key, long nowNanos) {
    State old = states.remove(key);
    int failures = old != null ? old.failures() + 1 : 1;
    if (old == null && states.size() >= MAX_TRACKED) {
      forgetOne(nowNanos);
    }
    // Re-inserted: the map's order is the order of last failure.
    states.put(key, new State(failures, nowNanos + delayNanos(failures)));
  }

  private void forgetOne(long nowNanos) {
    // Prefer an address whose wait is over; else the one that failed longest ago. Bounded look.
    Iterator<State> it = states.values().iterator();
    for (int looked = 0; it.hasNext() && looked < 64; looked++) {
      if (nowNanos - it.next().notBefore() >= 0) {
        it.remove();
        return;
      }
    }
    it = states.values().iterator();
    it.next();
    it.remove();
  }

  public int tracked() {
    return states.size();
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
