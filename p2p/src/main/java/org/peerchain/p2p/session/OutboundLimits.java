package org.peerchain.p2p.session;

/**
 * What one peer may leave unwritten. Droppable frames (gossip) are not queued past
 * {@code softBytes}; any other frame past {@code hardBytes}, or past {@code maxFrames} frames,
 * drops the peer as too slow. The frame cap also bounds Netty's own bookkeeping per frame, which
 * the byte count does not see.
 */
public record OutboundLimits(int maxFrames, long softBytes, long hardBytes) {
  public static final long DEFAULT_SOFT_BYTES = 4L << 20;
  public static final long DEFAULT_HARD_BYTES = 16L << 20;

  public OutboundLimits {
    if (maxFrames < 1) {
      throw new IllegalArgumentException("max queued frames must be at least 1, got " + maxFrames);
    }
    if (softBytes < 1 || softBytes > hardBytes) {
      throw new IllegalArgumentException("the soft byte limit must be in 1..hard limit (" + hardBytes + "), got "
          + softBytes);
    }
  }

  /** The default byte limits with a frame cap. */
  public static OutboundLimits ofFrames(int maxFrames) {
    return new OutboundLimits(maxFrames, DEFAULT_SOFT_BYTES, DEFAULT_HARD_BYTES);
  }
}
