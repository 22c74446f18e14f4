package org.peerchain.node.txpool;

import java.math.BigInteger;

/**
 * geth's price bump: a transaction replaces the sender's one of the same nonce only if it raises
 * both the fee cap and the tip, each by at least {@code bumpPercent} (rounded down, as geth).
 */
final class ReplacementRule {
  private static final BigInteger HUNDRED = BigInteger.valueOf(100);

  private ReplacementRule() {}

  static boolean allows(PooledTx old, PooledTx replacement, int bumpPercent) {
    // Strictly higher first: with a zero tip, the bump threshold alone would let an equal tip through.
    if (replacement.feeCap().compareTo(old.feeCap()) <= 0 || replacement.tipCap().compareTo(old.tipCap()) <= 0) {
      return false;
    }
    return replacement.feeCap().compareTo(threshold(old.feeCap(), bumpPercent)) >= 0
        && replacement.tipCap().compareTo(threshold(old.tipCap(), bumpPercent)) >= 0;
  }

  private static BigInteger threshold(BigInteger price, int bumpPercent) {
    return price.multiply(BigInteger.valueOf(100L + bumpPercent)).divide(HUNDRED);
  }
}
