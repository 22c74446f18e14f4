package org.peerchain.consensus.bft.message;

import org.peerchain.core.types.Hash;

/** Checks and formatting the message records share. */
final class Messages {
  private Messages() {}

  static void checkHeightAndRound(long height, int round) {
    if (height < 1) {
      // Height 0 is genesis: final by definition, never voted on.
      throw new IllegalArgumentException("consensus height must be at least 1, got " + height);
    }
    if (round < 0) {
      throw new IllegalArgumentException("round must not be negative, got " + round);
    }
  }

  static String shortHash(Hash h) {
    return h.toHexString().substring(0, 10);
  }
}
