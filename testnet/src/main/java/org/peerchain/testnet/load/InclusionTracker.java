package org.peerchain.testnet.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.peerchain.testnet.rpc.BlockSummary;

/**
 * Transfers sent and not yet seen in a block, and those seen: the wallet's view of "got a receipt".
 * Fed by the sender threads and the {@link BlockFollower}.
 */
public final class InclusionTracker implements BlockFollower.Listener {
  /** A transfer in flight; {@code lastSentNanos} and {@code sends} change when it is sent again. */
  static final class Pending {
    final SignedTransfer transfer;
    final long firstSentNanos;
    volatile long lastSentNanos;
    volatile int sends;
    volatile int node;

    Pending(SignedTransfer transfer, long now, int node) {
      this.transfer = transfer;
      this.firstSentNanos = now;
      this.lastSentNanos = now;
      this.sends = 1;
      this.node = node;
    }
  }

  private final Map<String, Pending> pending = new ConcurrentHashMap<>();
  private final Map<String, Long> included = new ConcurrentHashMap<>();
  private final List<Long> latenciesMs = new ArrayList<>();
  private final AtomicLong firstSent = new AtomicLong(Long.MAX_VALUE);
  private final AtomicLong lastIncluded = new AtomicLong(Long.MIN_VALUE);

  /** @return whether this is the transfer's first acceptance */
  boolean sent(SignedTransfer t, long now, int node) {
    firstSent.accumulateAndGet(now, Math::min);
    if (included.containsKey(t.hash())) {
      return false;
    }
    return pending.putIfAbsent(t.hash(), new Pending(t, now, node)) == null;
  }

  /** A transfer no node took: it will never be included. */
  void dropped(String hash) {
    pending.remove(hash);
  }

  @Override
  public void onBlock(BlockSummary block, long seenNanos) {
    for (String hash : block.txHashes()) {
      Pending p = pending.remove(hash);
      if (p != null) {
        included.put(hash, block.number());
        lastIncluded.accumulateAndGet(seenNanos, Math::max);
        synchronized (latenciesMs) {
          latenciesMs.add((seenNanos - p.firstSentNanos) / 1_000_000);
        }
      }
    }
  }

  Iterable<Pending> pending() {
    return pending.values();
  }

  public int pendingCount() {
    return pending.size();
  }

  public int includedCount() {
    return included.size();
  }

  /** tx hash to the height it was seen at. */
  public Map<String, Long> included() {
    return Map.copyOf(included);
  }

  LatencyStats latency() {
    synchronized (latenciesMs) {
      return new LatencyStats(latenciesMs.stream().mapToLong(Long::longValue).toArray());
    }
  }

  /** Seconds from the first send to the last inclusion; 0 before both happened. */
  double spanSeconds() {
    long first = firstSent.get();
    long last = lastIncluded.get();
    return first == Long.MAX_VALUE || last == Long.MIN_VALUE || last < first ? 0 : (last - first) / 1e9;
  }
}
