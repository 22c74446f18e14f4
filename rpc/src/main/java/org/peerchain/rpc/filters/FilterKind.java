package org.peerchain.rpc.filters;

/** The three filter kinds of eth_new*Filter. */
public enum FilterKind {
  BLOCKS,
  PENDING_TRANSACTIONS,
  /** Peerchain blocks have no logs: a log filter never has changes. */
  LOGS
}
