package org.peerchain.node.sync.snap;

import java.util.HashMap;
import java.util.Map;
import org.peerchain.p2p.identity.PeerId;

/**
 * Each peer's delivery rate in proven bytes per second, smoothed over its recent answers, and how
 * many requests it may have open: peers at least half as fast as the fastest (and peers not yet
 * measured) {@link #MAX_OPEN}, slower ones one. A fast peer also frees its slots sooner and so
 * takes more parts: the faster a peer, the more of the state comes from it. Not thread-safe.
 */
final class PeerRates {
  /**
   * Requests open at once for one peer: half what a peer must accept (docs/protocol.md §6.9), since
   * it counts a request until its answer is written and we send the next one when the answer arrives.
   */
  static final int MAX_OPEN = 2;
  private static final double WEIGHT = 0.3;
  private final Map<PeerId, Double> rates = new HashMap<>();

  /** A proven answer of {@code bytes} that took {@code nanos} from request to arrival. */
  void delivered(PeerId peer, long bytes, long nanos) {
    double rate = bytes / Math.max(1e-3, nanos / 1e9);
    rates.merge(peer, rate, (old, now) -> old * (1 - WEIGHT) + now * WEIGHT);
  }

  /** A request that failed or timed out counts as a delivery of nothing. */
  void failed(PeerId peer) {
    rates.computeIfPresent(peer, (p, old) -> old * (1 - WEIGHT));
    rates.putIfAbsent(peer, 0.0);
  }

  int allowance(PeerId peer) {
    Double rate = rates.get(peer);
    if (rate == null) {
      return MAX_OPEN;
    }
    double best = rates.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    if (best <= 0) {
      return 1;
    }
    return Math.max(1, (int) Math.round(MAX_OPEN * rate / best));
  }

  double rate(PeerId peer) {
    return rates.getOrDefault(peer, 0.0);
  }

  void forget(PeerId peer) {
    rates.remove(peer);
  }
}
