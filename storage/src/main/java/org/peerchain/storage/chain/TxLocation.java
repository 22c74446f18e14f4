package org.peerchain.storage.chain;

import java.util.Objects;
import org.peerchain.core.types.Hash;

/** Where a finalized transaction is: its block and its position in the block's body. */
public record TxLocation(Hash blockHash, long blockNumber, int index) {
  public TxLocation {
    Objects.requireNonNull(blockHash, "blockHash");
    if (blockNumber < 0 || index < 0) {
      throw new IllegalArgumentException("block number and index must not be negative, got "
          + blockNumber + " and " + index);
    }
  }
}
