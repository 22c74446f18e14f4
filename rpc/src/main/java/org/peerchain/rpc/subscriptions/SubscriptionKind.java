package org.peerchain.rpc.subscriptions;

/** What eth_subscribe can stream. */
public enum SubscriptionKind {
  NEW_HEADS,
  /** Hashes of newly pooled transactions. */
  NEW_PENDING_TRANSACTIONS,
  /** Whole newly pooled transactions (eth_subscribe("newPendingTransactions", true)). */
  NEW_PENDING_TRANSACTIONS_FULL,
  /** Accepted for compatibility; peerchain blocks have no logs, so it never fires. */
  LOGS
}
