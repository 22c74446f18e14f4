package org.peerchain.rpc.params;

import java.util.Objects;
import org.peerchain.core.types.Hash;

/** A block as a call names it: a tag, a number, or (EIP-1898) a hash. */
public sealed interface BlockParameter {
  BlockParameter LATEST = Tag.LATEST;

  /** safe and finalized are the head too: every block is final when it is committed. */
  enum Tag implements BlockParameter {
    LATEST, EARLIEST, PENDING, SAFE, FINALIZED
  }

  record Number(long number) implements BlockParameter {
    public Number {
      if (number < 0) {
        throw new IllegalArgumentException("block number larger than int64");
      }
    }
  }

  record ByHash(Hash hash, boolean requireCanonical) implements BlockParameter {
    public ByHash {
      Objects.requireNonNull(hash, "hash");
    }
  }
}
