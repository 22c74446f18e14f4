package org.peerchain.testnet.load;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.peerchain.testnet.manifest.NodeEntry;

/**
 * Offers transfers at a fixed rate for a bounded time: transfer i comes from sender i mod K with
 * that sender's next nonce and goes to node i mod N. Transfers not seen in a block within
 * {@link #RESEND_AFTER} are sent again to another node (as wallets rebroadcast), since a node killed
 * right after accepting one loses it with its pool. Progress is printed once a second.
 */
public final class LoadGenerator {
  static final Duration RESEND_AFTER = Duration.ofSeconds(4);
  static final int MAX_SENDS = 5;
  public static final int MAX_TPS = 10_000;

  private final List<NodeEntry> nodes;
  private final TransferFactory transfers;
  private final BlockFollower follower;
  private final PrintWriter progress;
  private final InclusionTracker tracker = new InclusionTracker();

  public LoadGenerator(List<NodeEntry> nodes, TransferFactory transfers, BlockFollower follower, PrintWriter progress) {
    this.nodes = List.copyOf(nodes);
    this.transfers = transfers;
    this.follower = follower;
    this.progress = progress;
    follower.addListener(tracker);
  }

  public InclusionTracker tracker() {
    return tracker;
  }

  /**
   * Sends for {@code duration} (or until {@code stop} says so), then waits up to {@code drain} for
   * what was sent to be finalized.
   */
  public LoadReport run(int tps, Duration duration, Duration drain, BooleanSupplier stop) {
    if (tps < 1 || tps > MAX_TPS) {
      throw new IllegalArgumentException("invalid value for --tps: " + tps + " (1-" + MAX_TPS + ")");
    }
    long[] nonces = initialNonces();
    AtomicIntegerArray resync = new AtomicIntegerArray(transfers.senders());
    long interval = TimeUnit.SECONDS.toNanos(1) / tps;
    long total = Math.max(1, tps * duration.toSeconds());
    long start = System.nanoTime();
    long sendEnd = start + duration.toNanos();
    long nextTick = start + TimeUnit.SECONDS.toNanos(1);
    long nextResend = start + TimeUnit.SECONDS.toNanos(1);
    try (Submitter submitter = new Submitter(nodes, tracker, s -> resync.set(s, 1))) {
      for (long i = 0; i < total && !stop.getAsBoolean(); i++) {
        long due = start + i * interval;
        for (long now = System.nanoTime(); now < due; now = System.nanoTime()) {
          LockSupport.parkNanos(Math.min(due - now, TimeUnit.MILLISECONDS.toNanos(50)));
        }
        long now = System.nanoTime();
        if (now > sendEnd) {
          break;
        }
        int sender = (int) (i % transfers.senders());
        if (resync.compareAndSet(sender, 1, 0)) {
          nonces[sender] = nonce(sender);
        }
        submitter.submit(transfers.transfer(sender, nonces[sender]++), (int) (i % nodes.size()));
        if (now >= nextResend) {
          resendStale(submitter, now);
          nextResend = now + TimeUnit.SECONDS.toNanos(1);
        }
        if (now >= nextTick) {
          tick(start, now, submitter);
          nextTick += TimeUnit.SECONDS.toNanos(1);
        }
      }
      double sendSeconds = (Math.min(System.nanoTime(), sendEnd) - start) / 1e9;
      long drainEnd = System.nanoTime() + drain.toNanos();
      while ((tracker.pendingCount() > 0 || submitter.queued() > 0) && System.nanoTime() < drainEnd) {
        sleep(100);
        long now = System.nanoTime();
        if (now >= nextResend) {
          resendStale(submitter, now);
          nextResend = now + TimeUnit.SECONDS.toNanos(1);
        }
        if (now >= nextTick) {
          tick(start, now, submitter);
          nextTick += TimeUnit.SECONDS.toNanos(1);
        }
      }
      return new LoadReport(tps, submitter.accepted(), submitter.rejected(), tracker.includedCount(), sendSeconds,
          tracker.spanSeconds(), tracker.latency());
    }
  }

  private void resendStale(Submitter submitter, long now) {
    for (InclusionTracker.Pending p : tracker.pending()) {
      if (now - p.lastSentNanos > RESEND_AFTER.toNanos() && p.sends < MAX_SENDS) {
        p.lastSentNanos = now;
        p.sends++;
        p.node = (p.node + 1) % nodes.size();
        submitter.resend(p.transfer, p.node);
      }
    }
  }

  private void tick(long start, long now, Submitter submitter) {
    long seconds = Math.round((now - start) / 1e9);
    progress.printf(Locale.ROOT, "load %3ds: submitted %d, finalized %d (%.1f/s), in flight %d, rejected %d, head #%d%n",
        seconds, submitter.accepted(), tracker.includedCount(), tracker.includedCount() / Math.max(1e-9, (now - start) / 1e9),
        tracker.pendingCount(), submitter.rejected(), follower.height());
    progress.flush();
  }

  private long[] initialNonces() {
    long[] nonces = new long[transfers.senders()];
    for (int s = 0; s < nonces.length; s++) {
      nonces[s] = nonce(s);
    }
    return nonces;
  }

  private long nonce(int sender) {
    return PendingNonce.of(nodes, transfers.address(sender));
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
