package org.peerchain.node.txpool;

import java.math.BigInteger;

/**
 * How the pool ranks what transactions pay: by the tip the proposer would get at a base fee
 * (min(tip cap, fee cap - base fee), negative when the fee cap is below the base fee), then by the
 * fee cap, which decides who keeps paying when the base fee rises.
 */
final class PriceOrder {
  private PriceOrder() {}

  static BigInteger effectiveTip(PooledTx tx, BigInteger baseFee) {
    return tx.tipCap().min(tx.feeCap().subtract(baseFee));
  }

  /** Negative when {@code a} pays less than {@code b}; zero when they pay the same. */
  static int comparePrice(PooledTx a, PooledTx b, BigInteger baseFee) {
    int byTip = effectiveTip(a, baseFee).compareTo(effectiveTip(b, baseFee));
    return byTip != 0 ? byTip : a.feeCap().compareTo(b.feeCap());
  }

  /**
   * A transaction with its rank at one base fee, computed once: price indexes compare ranks far
   * more often than they insert. Natural order is cheapest first, the later arrival first among
   * equal prices: eviction takes from the front, and for a sender paying the same for all its
   * transactions, that is its highest nonce.
   */
  record Ranked(BigInteger tip, BigInteger feeCap, long seq, PooledTx tx) implements Comparable<Ranked> {
    static Ranked of(PooledTx tx, BigInteger baseFee) {
      return new Ranked(effectiveTip(tx, baseFee), tx.feeCap(), tx.seq(), tx);
    }

    @Override
    public int compareTo(Ranked o) {
      int byTip = tip.compareTo(o.tip);
      if (byTip != 0) {
        return byTip;
      }
      int byCap = feeCap.compareTo(o.feeCap);
      return byCap != 0 ? byCap : Long.compare(o.seq, seq);
    }
  }
}
