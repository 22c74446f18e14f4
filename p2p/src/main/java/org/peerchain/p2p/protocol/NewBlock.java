package org.peerchain.p2p.protocol;

import java.util.Objects;
import org.peerchain.core.types.Hash;

/** Announces a newly finalized block; peers behind fetch it with GetBlocks. */
public record NewBlock(long height, Hash hash) implements Message {
  public NewBlock {
    Objects.requireNonNull(hash, "hash");
    if (height < 0) {
      throw new IllegalArgumentException("height must not be negative");
    }
  }

  @Override
  public MessageType type() {
    return MessageType.NEW_BLOCK;
  }
}
