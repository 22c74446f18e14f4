package org.peerchain.node.netadapter;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.peerchain.core.tx.Transaction;
import org.peerchain.p2p.identity.PeerId;

/**
 * How much gossiped work may wait for admission: batches per peer, and bytes in total. A peer that
 * sends faster than the pool admits loses its own batches first, and all peers together cannot
 * hold more than the byte budget in memory.
 */
final class AdmissionBudget {
  /** Per transaction beyond its data: envelope, signature, fees, addresses. */
  static final int TX_OVERHEAD_BYTES = 128;

  private final int batchesPerPeer;
  private final long totalBytes;
  private final ConcurrentHashMap<PeerId, Integer> batches = new ConcurrentHashMap<>();
  private final AtomicLong bytes = new AtomicLong();

  AdmissionBudget(int batchesPerPeer, long totalBytes) {
    this.batchesPerPeer = batchesPerPeer;
    this.totalBytes = totalBytes;
  }

  static long sizeOf(List<Transaction> txs) {
    long size = 0;
    for (Transaction tx : txs) {
      size += tx.data().size() + TX_OVERHEAD_BYTES;
    }
    return size;
  }

  /** Takes room for one batch of {@code size} bytes from {@code peer}; false when there is none. */
  boolean reserve(PeerId peer, long size) {
    if (bytes.addAndGet(size) > totalBytes) {
      bytes.addAndGet(-size);
      return false;
    }
    boolean[] taken = {false};
    batches.compute(peer, (p, n) -> {
      int count = n == null ? 0 : n;
      if (count >= batchesPerPeer) {
        return count;
      }
      taken[0] = true;
      return count + 1;
    });
    if (!taken[0]) {
      bytes.addAndGet(-size);
    }
    return taken[0];
  }

  void release(PeerId peer, long size) {
    batches.computeIfPresent(peer, (p, n) -> n <= 1 ? null : n - 1);
    bytes.addAndGet(-size);
  }

  long bytes() {
    return bytes.get();
  }
}
