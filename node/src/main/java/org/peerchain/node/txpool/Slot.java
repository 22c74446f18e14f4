package org.peerchain.node.txpool;

/** Where a pooled transaction waits. */
public enum Slot {
  /** Executable now: its nonce continues the sender's run from the account nonce without a gap. */
  PENDING,
  /** Behind a nonce gap (or waiting for room in pending); promoted when the gap closes. */
  QUEUED
}
