package org.peerchain.consensus.bft.message;

import java.util.Objects;
import java.util.Optional;
import org.peerchain.core.crypto.Signature;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;

/** A prevote or precommit for a block hash, or for nil ({@code blockHash} empty). */
public record Vote(VoteType type, long height, int round, Optional<Hash> blockHash, Address validator, Signature signature)
    implements ConsensusMessage {
  public Vote {
    Objects.requireNonNull(type, "type");
    Messages.checkHeightAndRound(height, round);
    Objects.requireNonNull(blockHash, "blockHash");
    Objects.requireNonNull(validator, "validator");
    Objects.requireNonNull(signature, "signature");
  }

  /** True when both votes say the same thing (the signature aside). */
  public boolean sameContent(Vote o) {
    return type == o.type && height == o.height && round == o.round && blockHash.equals(o.blockHash)
        && validator.equals(o.validator);
  }

  @Override
  public Step step() {
    return type.step();
  }

  @Override
  public Address signer() {
    return validator;
  }

  @Override
  public String toString() {
    return type + "{h=" + height + ", r=" + round + ", block=" + blockHash.map(Messages::shortHash).orElse("nil")
        + ", validator=" + validator + "}";
  }
}
