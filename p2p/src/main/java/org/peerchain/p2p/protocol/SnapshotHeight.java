package org.peerchain.p2p.protocol;

import java.util.Objects;
import org.peerchain.core.types.Hash;

/**
 * A height whose state a peer serves: the block's hash and its header's state root. The claim is
 * the peer's word only; a syncing node checks the block and its certificate before trusting it.
 */
public record SnapshotHeight(long height, Hash blockHash, Hash stateRoot) {
  public SnapshotHeight {
    Objects.requireNonNull(blockHash, "blockHash");
    Objects.requireNonNull(stateRoot, "stateRoot");
    if (height < 1) {
      throw new IllegalArgumentException("a snapshot height is at least 1 (genesis state is known), got " + height);
    }
  }
}
