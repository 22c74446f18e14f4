package org.peerchain.p2p.session;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the frames and bytes handed to a channel and not yet written, within
 * {@link OutboundLimits}. A frame is reserved before its write and released when the write
 * completes, fails or is discarded by the channel's close, so the count never drifts.
 */
final class OutboundQueue {
  enum Admission { QUEUED, DROPPED, OVERFLOW }

  private final OutboundLimits limits;
  private final AtomicInteger frames = new AtomicInteger();
  private final AtomicLong bytes = new AtomicLong();

  OutboundQueue(OutboundLimits limits) {
    this.limits = limits;
  }

  Admission reserve(int size, boolean droppable) {
    long queuedBytes = bytes.addAndGet(size);
    int queuedFrames = frames.incrementAndGet();
    boolean overSoft = queuedBytes > limits.softBytes();
    boolean overHard = queuedBytes > limits.hardBytes() || queuedFrames > limits.maxFrames();
    if ((droppable && overSoft) || overHard) {
      release(size);
      return droppable ? Admission.DROPPED : Admission.OVERFLOW;
    }
    return Admission.QUEUED;
  }

  void release(int size) {
    bytes.addAndGet(-size);
    frames.decrementAndGet();
  }

  long bytes() {
    return bytes.get();
  }

  int frames() {
    return frames.get();
  }

  OutboundLimits limits() {
    return limits;
  }
}
