package org.peerchain.consensus.bft.message;

import java.util.Objects;
import org.peerchain.core.block.Block;
import org.peerchain.core.crypto.Signature;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;

/**
 * The proposer's block for (height, round). {@code validRound} is -1 for a fresh block, or the
 * earlier round in which the proposer saw a quorum of prevotes for this block (a re-proposal).
 */
public record Proposal(long height, int round, Block block, int validRound, Address proposer, Signature signature)
    implements ConsensusMessage {
  public Proposal {
    Messages.checkHeightAndRound(height, round);
    Objects.requireNonNull(block, "block");
    Objects.requireNonNull(proposer, "proposer");
    Objects.requireNonNull(signature, "signature");
    if (validRound < -1 || validRound >= round) {
      throw new IllegalArgumentException(
          "proposal validRound must be -1 or an earlier round than " + round + ", got " + validRound);
    }
  }

  public Hash blockHash() {
    return block.hash();
  }

  @Override
  public Step step() {
    return Step.PROPOSE;
  }

  @Override
  public Address signer() {
    return proposer;
  }

  @Override
  public String toString() {
    return "Proposal{h=" + height + ", r=" + round + ", block=" + Messages.shortHash(block.hash())
        + ", validRound=" + validRound + ", proposer=" + proposer + "}";
  }
}
