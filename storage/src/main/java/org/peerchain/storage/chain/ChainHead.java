package org.peerchain.storage.chain;

import java.util.Objects;
import org.peerchain.core.types.Hash;

/** The latest finalized block: its number, hash and the state root the chain has reached. */
public record ChainHead(long number, Hash hash, Hash stateRoot) {
  public ChainHead {
    if (number < 0) {
      throw new IllegalArgumentException("head number must not be negative, got " + number);
    }
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(stateRoot, "stateRoot");
  }
}
