package org.peerchain.p2p.gossip;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import org.peerchain.core.types.Hash;

/**
 * Transactions we asked a peer for and still wait for. A hash is asked again (of whichever
 * peer announces it next) once the earlier request is older than the retry delay. Bounded.
 */
final class TxRequests {
  private final long retryNanos;
  private final LongSupplier nanoTime;
  private final Map<Hash, Long> asked;

  TxRequests(int capacity, Duration retry, LongSupplier nanoTime) {
    this.retryNanos = retry.toNanos();
    this.nanoTime = nanoTime;
    this.asked = new LinkedHashMap<>(16, 0.75f, false) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Hash, Long> eldest) {
        return size() > capacity;
      }
    };
  }

  /** True when {@code hash} should be requested now (and records the request). */
  synchronized boolean tryRequest(Hash hash) {
    long now = nanoTime.getAsLong();
    Long at = asked.get(hash);
    if (at != null && now - at < retryNanos) {
      return false;
    }
    asked.remove(hash);
    asked.put(hash, now);
    return true;
  }

  synchronized void received(Hash hash) {
    asked.remove(hash);
  }
}
