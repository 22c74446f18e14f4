package org.peerchain.testnet.attack;

/** What a hostile peer with no stake does to the node it targets. */
public enum AttackMode {
  /** Random RLP lists as consensus frames, each identity a throwaway node key (relay poisoning). */
  POISON,
  /** Votes signed by keys that are no validator's, at the current height and far ahead. */
  FORGE,
  /** Proposals it hears, re-sent with another body under the signed header. */
  SWAP,
  /** Many GetBlocks of 128 blocks on a connection it never reads from. */
  AMPLIFY
}
