package org.peerchain.node.netadapter;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.peerchain.consensus.bft.message.ConsensusMessage;
import org.peerchain.consensus.bft.message.ConsensusMessageCodec;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.node.validator.Judgement;
import org.peerchain.p2p.api.Validation;
import org.peerchain.p2p.identity.PeerId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks gossiped consensus messages on a verification pool, neither on network threads nor on
 * the consensus thread, and gives gossip its verdict. Work waiting for the pool is bounded per
 * peer, in total and in bytes; beyond that a message is ignored unchecked (not relayed, the sender
 * not charged), so one peer's flood delays only its own messages.
 */
final class ConsensusValidation {
  private static final Logger LOG = LoggerFactory.getLogger(ConsensusValidation.class);

  /** How much unchecked work may wait: per peer and in total, in messages and in bytes. */
  record Limits(int perPeer, int total, long totalBytes) {
    static final Limits DEFAULT = new Limits(256, 4_096, 64L << 20);
  }

  private final Function<ConsensusMessage, Judgement> admit;
  private final Executor workers;
  private final Limits limits;
  private final ConcurrentHashMap<PeerId, Integer> perPeer = new ConcurrentHashMap<>();
  private final AtomicInteger waiting = new AtomicInteger();
  private final AtomicLong waitingBytes = new AtomicLong();

  /**
   * @param admit judges a decoded message and hands a valid one to the engine
   * @param workers the verification pool; it must queue at least {@code limits.total()} tasks
   */
  ConsensusValidation(Function<ConsensusMessage, Judgement> admit, Executor workers, Limits limits) {
    this.admit = admit;
    this.workers = workers;
    this.limits = limits;
  }

  void submit(PeerId from, byte[] message, Consumer<Validation> verdict) {
    if (!reserve(from, message.length)) {
      LOG.debug("Verification queue full; ignoring a consensus message from {}", from.shortId());
      verdict.accept(Validation.IGNORE);
      return;
    }
    try {
      workers.execute(() -> {
        try {
          verdict.accept(check(from, message));
        } finally {
          release(from, message.length);
        }
      });
    } catch (RejectedExecutionException e) { // shutting down
      release(from, message.length);
      verdict.accept(Validation.IGNORE);
    }
  }

  private Validation check(PeerId from, byte[] message) {
    ConsensusMessage decoded;
    try {
      decoded = ConsensusMessageCodec.decode(Bytes.wrap(message));
    } catch (RuntimeException e) { // RlpException, or a block inside that does not decode
      LOG.debug("Malformed consensus message from {}: {}", from.shortId(), e.getMessage());
      return Validation.REJECT;
    }
    Judgement judgement;
    try {
      judgement = admit.apply(decoded);
    } catch (RuntimeException e) { // our fault, not the peer's
      LOG.warn("Checking {} from {} failed", decoded, from.shortId(), e);
      return Validation.IGNORE;
    }
    return switch (judgement.outcome()) {
      case ACCEPT -> Validation.ACCEPT;
      case IGNORE -> {
        LOG.trace("Ignoring {} from {}: {}", decoded, from.shortId(), judgement.reason());
        yield Validation.IGNORE;
      }
      case REJECT -> {
        LOG.debug("Rejecting {} from {}: {}", decoded, from.shortId(), judgement.reason());
        yield Validation.REJECT;
      }
    };
  }

  private boolean reserve(PeerId from, int bytes) {
    if (waiting.incrementAndGet() > limits.total()) {
      waiting.decrementAndGet();
      return false;
    }
    if (waitingBytes.addAndGet(bytes) > limits.totalBytes()) {
      waitingBytes.addAndGet(-bytes);
      waiting.decrementAndGet();
      return false;
    }
    boolean[] admitted = {false};
    perPeer.compute(from, (peer, n) -> {
      int count = n == null ? 0 : n;
      if (count >= limits.perPeer()) {
        return count;
      }
      admitted[0] = true;
      return count + 1;
    });
    if (!admitted[0]) {
      waitingBytes.addAndGet(-bytes);
      waiting.decrementAndGet();
    }
    return admitted[0];
  }

  private void release(PeerId from, int bytes) {
    // Entries at zero are removed, so the map holds only peers with work waiting.
    perPeer.computeIfPresent(from, (peer, n) -> n <= 1 ? null : n - 1);
    waitingBytes.addAndGet(-bytes);
    waiting.decrementAndGet();
  }

  int waiting() {
    return waiting.get();
  }
}
