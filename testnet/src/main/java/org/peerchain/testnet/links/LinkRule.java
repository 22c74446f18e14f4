package org.peerchain.testnet.links;

import java.util.random.RandomGenerator;

/**
 * What happens to the bytes of one direction of a link.
 *
 * @param cut the link is partitioned: its connections are reset and new ones refused, both ways
 *     (a cut is symmetric by nature: TCP needs both directions to connect)
 * @param stalled the bytes of this direction are withheld (not read from the sender, so TCP's
 *     flow control holds them back) until the stall ends, when they arrive late, as over a path
 *     that black-holes packets while TCP retransmits; the other direction flows on
 * @param latencyMs added to every chunk of bytes of this direction
 * @param jitterMs a uniform extra delay of 0..jitterMs per chunk; order is kept, as in TCP
 */
public record LinkRule(boolean cut, boolean stalled, long latencyMs, long jitterMs) {
  public static final LinkRule OPEN = new LinkRule(false, false, 0, 0);
  public static final long MAX_DELAY_MS = 60_000;

  public LinkRule {
    if (latencyMs < 0 || latencyMs > MAX_DELAY_MS) {
      throw new IllegalArgumentException("latency " + latencyMs + " ms is not in 0.." + MAX_DELAY_MS);
    }
    if (jitterMs < 0 || jitterMs > MAX_DELAY_MS) {
      throw new IllegalArgumentException("jitter " + jitterMs + " ms is not in 0.." + MAX_DELAY_MS);
    }
  }

  public static LinkRule delay(long latencyMs, long jitterMs) {
    return new LinkRule(false, false, latencyMs, jitterMs);
  }

  public boolean isOpen() {
    return equals(OPEN);
  }

  /** The delay of one chunk. */
  public long delayMs(RandomGenerator random) {
    return latencyMs + (jitterMs == 0 ? 0 : random.nextLong(jitterMs + 1));
  }

  /** Both rules at once: the stronger fault of each kind. */
  public LinkRule and(LinkRule other) {
    return new LinkRule(cut || other.cut, stalled || other.stalled, Math.max(latencyMs, other.latencyMs),
        Math.max(jitterMs, other.jitterMs));
  }
}
