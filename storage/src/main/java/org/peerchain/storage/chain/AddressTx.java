package org.peerchain.storage.chain;

import java.util.Objects;
import org.peerchain.core.types.Hash;

/** One transaction in an address's history: where it is and its hash. */
public record AddressTx(long blockNumber, int txIndex, Hash txHash) {
  public AddressTx {
    Objects.requireNonNull(txHash, "txHash");
    if (blockNumber < 0 || txIndex < 0) {
      throw new IllegalArgumentException("block number and index must not be negative, got "
          + blockNumber + " and " + txIndex);
    }
  }
}
