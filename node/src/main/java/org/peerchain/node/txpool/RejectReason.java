package org.peerchain.node.txpool;

/** Why the pool refused a transaction; descriptions are geth's error texts. */
public enum RejectReason {
  ALREADY_KNOWN("already known"),
  REPLACEMENT_UNDERPRICED("replacement transaction underpriced"),
  /** Tip below the pool's minimum, or paying no more than the cheapest transaction of a full pool. */
  UNDERPRICED("transaction underpriced"),
  /** Full and nothing can be evicted for the transaction. */
  POOL_FULL("txpool is full"),
  ACCOUNT_LIMIT_EXCEEDED("account limit exceeded"),
  OVERSIZED_DATA("oversized data"),
  /** The ledger rules refused it; see {@link AddResult.Rejected#ledgerReason()}. */
  INVALID("invalid transaction");

  private final String description;

  RejectReason(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
