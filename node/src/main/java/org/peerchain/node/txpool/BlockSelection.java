package org.peerchain.node.txpool;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import org.peerchain.core.tx.Transaction;

/**
 * Picks a block's transactions from per-sender pending runs: each sender's in nonce order, and
 * across senders always the head that tips most at the block's base fee (earlier arrival on a
 * tie). A heap over the senders' current heads gives that order in O(n log senders).
 *
 * <p>A sender whose head cannot pay the base fee, or does not fit in the gas left, is skipped as a
 * whole: its later nonces cannot go before it.
 */
final class BlockSelection {
  /** Below this no transfer fits, so selection stops. */
  private static final long MIN_TX_GAS = 21_000;

  private BlockSelection() {}

  static List<Transaction> select(List<List<PooledTx>> runs, BigInteger baseFee, long gasLimit, int maxTxs) {
    PriorityQueue<Cursor> heads = new PriorityQueue<>(Math.max(1, runs.size()));
    for (List<PooledTx> run : runs) {
      if (!run.isEmpty()) {
        offer(heads, Cursor.at(run, 0, baseFee));
      }
    }
    List<Transaction> out = new ArrayList<>(Math.min(maxTxs, 1024));
    long gasLeft = gasLimit;
    while (!heads.isEmpty() && out.size() < maxTxs && gasLeft >= MIN_TX_GAS) {
      Cursor head = heads.poll();
      PooledTx tx = head.tx();
      if (Long.compareUnsigned(tx.tx().gasLimit(), gasLeft) > 0) {
        continue;
      }
      out.add(tx.tx());
      gasLeft -= tx.tx().gasLimit();
      offer(heads, head.next(baseFee));
    }
    return out;
  }

  private static void offer(PriorityQueue<Cursor> heads, Cursor cursor) {
    if (cursor != null && cursor.tip.signum() >= 0) {
      heads.add(cursor);
    }
  }

  /** A position in one sender's run, ranked by what its transaction tips. */
  private record Cursor(List<PooledTx> run, int index, BigInteger tip) implements Comparable<Cursor> {
    static Cursor at(List<PooledTx> run, int index, BigInteger baseFee) {
      return new Cursor(run, index, PriceOrder.effectiveTip(run.get(index), baseFee));
    }

    PooledTx tx() {
      return run.get(index);
    }

    Cursor next(BigInteger baseFee) {
      return index + 1 < run.size() ? at(run, index + 1, baseFee) : null;
    }

    @Override
    public int compareTo(Cursor o) {
      int byTip = o.tip.compareTo(tip);
      return byTip != 0 ? byTip : Long.compare(tx().seq(), o.tx().seq());
    }
  }
}
