package org.peerchain.p2p.api;

/**
 * The node's verdict on a gossiped message, as gossipsub's validators give it. Gossip relays only
 * what was accepted, so a node never passes on what it could not check itself.
 */
public enum Validation {
  /** Valid and useful: deliver it and relay it. */
  ACCEPT,
  /**
   * Not provably wrong, but not relayed: outside the height/round window, a duplicate, or not
   * checked because the node is busy. The sender is not charged; another copy may still be taken.
   */
  IGNORE,
  /** Provably wrong (malformed, bad signature, not a validator's, body not matching its header): the sender is charged. */
  REJECT
}
