package org.peerchain.p2p.peers;

import io.netty.channel.ChannelFuture;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.peerchain.p2p.session.PeerSession;
import org.peerchain.p2p.transport.TokenBucket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves peers' requests off the I/O threads, so that a peer asking for much costs it time rather
 * than costing us memory. A peer's requests wait in its own short queue, at most a fixed number
 * of each kind outstanding; they are answered one after another on a small executor. An answer is
 * built and sent one frame at a time, the next only once the previous one is written, while the
 * peer keeps reading (its session is not congested) and within its byte rate. So a peer that stops
 * reading holds at most one answer frame of ours, and its further requests are refused. Across all
 * peers, no answer frame is built while {@code maxUnwrittenBytes} of them are unwritten (so the
 * total passes that by at most one frame per serving thread), and many such peers together cannot
 * exhaust memory either.
 */
public final class RequestServer {
  private static final Logger LOG = LoggerFactory.getLogger(RequestServer.class);
  /** How soon a peer that is behind on reading is looked at again. */
  static final Duration RECHECK = Duration.ofMillis(50);

  public enum Kind { BLOCKS, TXS, SNAP }

  private record Job(Kind kind, Supplier<Iterator<byte[]>> answer) {}

  private final Executor executor;
  private final LongSupplier nanoTime;
  private final long bytesPerSecond;
  private final Map<Kind, Integer> limits;
  private final long maxUnwrittenBytes;
  private final AtomicLong unwritten = new AtomicLong();
  private final Map<PeerSession, PeerQueue> queues = new ConcurrentHashMap<>();

  /**
   * @param limits how many requests of each kind one peer may have outstanding (queued, being
   *     answered, or with answer frames not yet written)
   * @param maxUnwrittenBytes answer bytes not yet written, summed over all peers, at which serving waits
   */
  public RequestServer(Executor executor, LongSupplier nanoTime, long bytesPerSecond, Map<Kind, Integer> limits,
      long maxUnwrittenBytes) {
    this.executor = executor;
    this.maxUnwrittenBytes = maxUnwrittenBytes;
    this.nanoTime = nanoTime;
    this.bytesPerSecond = bytesPerSecond;
    this.limits = new EnumMap<>(limits);
    for (Kind k : Kind.values()) {
      if (this.limits.getOrDefault(k, 0) < 1) {
        throw new IllegalArgumentException("no limit of outstanding " + k + " requests");
      }
    }
  }

  /**
   * Queues a request whose answer's frames {@code answer} produces (called on the executor).
   * Returns false, queuing nothing, when the peer already has its limit of this kind outstanding.
   */
  public boolean submit(PeerSession peer, Kind kind, Supplier<Iterator<byte[]>> answer) {
    PeerQueue q = queues.get(peer);
    if (q == null) {
      PeerQueue created = new PeerQueue(peer, TokenBucket.bytesPerSecond(bytesPerSecond, nanoTime));
      q = queues.putIfAbsent(peer, created);
      if (q == null) {
        q = created;
        // Outside the map's update: on a channel closed already, the listener runs at once.
        peer.channel().closeFuture().addListener(f -> queues.remove(peer));
      }
    }
    synchronized (q) {
      if (q.outstanding.getOrDefault(kind, 0) >= limits.get(kind)) {
        return false;
      }
      q.outstanding.merge(kind, 1, Integer::sum);
      q.waiting.add(new Job(kind, answer));
      if (q.busy) {
        return true;
      }
      q.busy = true;
    }
    dispatch(q);
    return true;
  }

  /** Requests of {@code kind} the peer has outstanding. */
  public int outstanding(PeerSession peer, Kind kind) {
    PeerQueue q = queues.get(peer);
    if (q == null) {
      return 0;
    }
    synchronized (q) {
      return q.outstanding.getOrDefault(kind, 0);
    }
  }

  private void dispatch(PeerQueue q) {
    try {
      executor.execute(() -> drain(q));
    } catch (RejectedExecutionException e) {
      // Every serving thread is busy and the executor's queue full: look again shortly.
      later(q, RECHECK.toNanos());
    }
  }

  private void later(PeerQueue q, long nanos) {
    try {
      q.peer.channel().eventLoop().schedule(() -> dispatch(q), nanos, TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      q.clear(); // the event loop is shutting down
    }
  }

  // Runs on the executor, one at a time per peer (busy), until the peer's next frame is in flight,
  // it has to wait, or it has nothing left.
  private void drain(PeerQueue q) {
    while (true) {
      synchronized (q) {
        if (!q.peer.channel().isActive()) {
          q.clear();
          return;
        }
        if (q.current == null) {
          q.current = q.waiting.poll();
          if (q.current == null) {
            q.busy = false;
            return;
          }
        }
      }
      long wait = q.peer.congested() ? RECHECK.toNanos() : q.budget.nanosUntilAvailable();
      if (wait == 0 && q.frame == null && unwritten.get() >= maxUnwrittenBytes) {
        wait = RECHECK.toNanos(); // checked before the frame exists: a waiting answer holds no memory
      }
      if (wait > 0) {
        later(q, wait);
        return;
      }
      byte[] frame = q.frame != null ? q.frame : nextFrame(q);
      if (frame == null) {
        q.finish();
        continue;
      }
      long hard = q.peer.limits().hardBytes();
      if (frame.length > hard) {
        LOG.error("An answer frame of {} bytes can never fit the outbound limit of {}; not sent to {}",
            frame.length, hard, q.peer);
        q.finish();
        continue;
      }
      if (q.peer.queuedBytes() + frame.length > hard) {
        q.frame = frame; // sent now, it would drop the peer: wait for its queue to drain
        later(q, RECHECK.toNanos());
        return;
      }
      q.frame = null;
      unwritten.addAndGet(frame.length);
      q.budget.charge(frame.length);
      Optional<ChannelFuture> written = q.peer.queueFrame(frame, false);
      if (written.isEmpty()) {
        unwritten.addAndGet(-frame.length);
        synchronized (q) {
          q.clear(); // closing
        }
        return;
      }
      written.get().addListener(f -> {
        unwritten.addAndGet(-frame.length);
        dispatch(q);
      });
      return;
    }
  }

  /** Answer bytes handed to channels and not yet written, over all peers. */
  public long unwrittenBytes() {
    return unwritten.get();
  }

  private static byte[] nextFrame(PeerQueue q) {
    try {
      if (q.answer == null) {
        q.answer = q.current.answer().get();
      }
      return q.answer.hasNext() ? q.answer.next() : null;
    } catch (RuntimeException e) {
      LOG.error("Answering a {} request of {} failed", q.current.kind(), q.peer, e);
      return null;
    }
  }

  /** One peer's requests. Fields other than the queue and counts are touched only by its one drain. */
  private static final class PeerQueue {
    final PeerSession peer;
    final TokenBucket budget;
    final ArrayDeque<Job> waiting = new ArrayDeque<>();
    final Map<Kind, Integer> outstanding = new EnumMap<>(Kind.class);
    boolean busy;
    Job current;
    Iterator<byte[]> answer;
    byte[] frame;

    PeerQueue(PeerSession peer, TokenBucket budget) {
      this.peer = peer;
      this.budget = budget;
    }

    synchronized void finish() {
      outstanding.computeIfPresent(current.kind(), (k, n) -> n > 1 ? n - 1 : null);
      current = null;
      answer = null;
      frame = null;
    }

    synchronized void clear() {
      waiting.clear();
      outstanding.clear();
      current = null;
      answer = null;
      frame = null;
      busy = false;
    }
  }
}
