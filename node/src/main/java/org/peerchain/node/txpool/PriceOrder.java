package org.peerchain.node.txpool;

import java.math.BigInteger;
import java.util.Comparator;

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
   * Cheapest first, the later arrival first among equal prices: eviction takes from the front,
   * and for a sender paying the same for all its transactions, that is its highest nonce.
   */
  static Comparator<PooledTx> cheapestFirst(BigInteger baseFee) {
    return (a, b) -> {
      int byPrice = comparePrice(a, b, baseFee);
      return byPrice != 0 ? byPrice : Long.compare(b.seq(), a.seq());
    };
  }
}
