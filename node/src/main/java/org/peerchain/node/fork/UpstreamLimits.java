package org.peerchain.node.fork;

import java.time.Duration;
import java.util.Objects;

/**
 * What one call to the upstream may cost: the time to connect, the time for the whole answer
 * (headers and body), and the answer's size. An eth_getProof answer is a few KiB (a path is at most
 * 64 nodes of at most 532 bytes), so the default byte cap leaves room without letting an upstream
 * fill the heap.
 */
public record UpstreamLimits(Duration connectTimeout, Duration callTimeout, int maxResponseBytes) {
  public static final UpstreamLimits DEFAULT = new UpstreamLimits(Duration.ofSeconds(5), Duration.ofSeconds(15), 1 << 20);

  public UpstreamLimits {
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(callTimeout, "callTimeout");
    if (connectTimeout.isNegative() || connectTimeout.isZero() || callTimeout.isNegative() || callTimeout.isZero()) {
      throw new IllegalArgumentException("timeouts must be positive");
    }
    if (maxResponseBytes < 1024) {
      throw new IllegalArgumentException("maxResponseBytes must be at least 1024, got " + maxResponseBytes);
    }
  }

  public UpstreamLimits withCallTimeout(Duration timeout) {
    return new UpstreamLimits(connectTimeout, timeout, maxResponseBytes);
  }
}
