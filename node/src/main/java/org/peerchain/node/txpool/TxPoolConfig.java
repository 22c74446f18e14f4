package org.peerchain.node.txpool;

import java.util.Objects;
import org.peerchain.core.types.UInt256;

/**
 * Pool limits and policy. {@link #DEFAULT} follows geth's legacy pool where it has a counterpart
 * (price bump 10%, 64 queued per account, 128 KiB per transaction, minimum tip 0 as in dev mode)
 * and is larger where a fast single-validator chain needs room (10,000 pending, 5,000 queued).
 *
 * @param maxPending executable transactions over all senders
 * @param maxQueued future (gapped) transactions over all senders
 * @param maxPendingPerSender executable transactions of one sender, so that one sender cannot
 *     fill the pool
 * @param maxQueuedPerSender future transactions of one sender (geth's AccountQueue)
 * @param maxBytes encoded size of all pooled transactions together
 * @param maxTxBytes encoded size of one transaction (geth's txMaxSize)
 * @param minTip minimum max priority fee per gas (geth's --txpool.pricelimit); 0 accepts any tip
 * @param priceBumpPercent how much a replacement must raise both fee cap and tip (geth: 10)
 * @param fullSweepInterval every this many committed blocks all senders are re-validated, not
 *     only those the block touched
 */
public record TxPoolConfig(
    int maxPending,
    int maxQueued,
    int maxPendingPerSender,
    int maxQueuedPerSender,
    long maxBytes,
    int maxTxBytes,
    UInt256 minTip,
    int priceBumpPercent,
    int fullSweepInterval) {

  public static final TxPoolConfig DEFAULT =
      new TxPoolConfig(10_000, 5_000, 1_024, 64, 64L << 20, 128 << 10, UInt256.ZERO, 10, 100);

  public TxPoolConfig {
    positive("maxPending", maxPending);
    positive("maxQueued", maxQueued);
    positive("maxPendingPerSender", maxPendingPerSender);
    positive("maxQueuedPerSender", maxQueuedPerSender);
    positive("maxTxBytes", maxTxBytes);
    positive("fullSweepInterval", fullSweepInterval);
    if (maxBytes < maxTxBytes) {
      throw new IllegalArgumentException("maxBytes (" + maxBytes + ") must hold at least one transaction of maxTxBytes ("
          + maxTxBytes + ")");
    }
    Objects.requireNonNull(minTip, "minTip");
    if (priceBumpPercent < 0 || priceBumpPercent > 1_000) {
      throw new IllegalArgumentException("priceBumpPercent must be between 0 and 1000, got " + priceBumpPercent);
    }
  }

  public TxPoolConfig withLimits(int pending, int queued, int pendingPerSender, int queuedPerSender) {
    return new TxPoolConfig(pending, queued, pendingPerSender, queuedPerSender, maxBytes, maxTxBytes, minTip,
        priceBumpPercent, fullSweepInterval);
  }

  public TxPoolConfig withBytes(long total, int perTx) {
    return new TxPoolConfig(maxPending, maxQueued, maxPendingPerSender, maxQueuedPerSender, total, perTx, minTip,
        priceBumpPercent, fullSweepInterval);
  }

  public TxPoolConfig withMinTip(UInt256 tip) {
    return new TxPoolConfig(maxPending, maxQueued, maxPendingPerSender, maxQueuedPerSender, maxBytes, maxTxBytes, tip,
        priceBumpPercent, fullSweepInterval);
  }

  public TxPoolConfig withFullSweepInterval(int blocks) {
    return new TxPoolConfig(maxPending, maxQueued, maxPendingPerSender, maxQueuedPerSender, maxBytes, maxTxBytes,
        minTip, priceBumpPercent, blocks);
  }

  private static void positive(String name, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
  }
}
