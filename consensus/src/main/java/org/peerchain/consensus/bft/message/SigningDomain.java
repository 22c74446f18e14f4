package org.peerchain.consensus.bft.message;

import java.util.Objects;
import org.peerchain.core.types.Hash;

/**
 * The chain a consensus signature belongs to. The chain id alone is not enough: seeded testnets
 * share chain 1337 and often the same validator keys, so a vote of one could be replayed on
 * another. The genesis block hash (block 0 as the node computed and stored it) tells them apart.
 */
public record SigningDomain(long chainId, Hash genesisHash) {
  public SigningDomain {
    if (chainId <= 0) {
      throw new IllegalArgumentException("chain id must be positive, got " + chainId);
    }
    Objects.requireNonNull(genesisHash, "genesisHash");
  }

  @Override
  public String toString() {
    return "chain " + chainId + " genesis " + genesisHash;
  }
}
