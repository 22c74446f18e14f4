package org.peerchain.rpc.api;

import java.util.Objects;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.types.Hash;

/** A block that just became the head. */
public record NewHead(Hash hash, BlockHeader header) {
  public NewHead {
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(header, "header");
  }

  public static NewHead of(BlockHeader header) {
    return new NewHead(header.hash(), header);
  }
}
