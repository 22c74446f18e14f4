package org.peerchain.consensus.bft.signer;

import java.util.Objects;
import java.util.Optional;
import org.peerchain.consensus.bft.Step;
import org.peerchain.core.types.Hash;

/**
 * The last message a validator signed, by (height, round, step) and signing hash, plus its lock at
 * that height: the round and block of its last precommit for a block. Tendermint's safety rests on
 * the lock as much as on not signing twice, so a restarted validator must get both back.
 */
public record SignerState(long height, int round, Step step, Hash signedHash, int lockedRound, Optional<Hash> lockedBlock) {
  public SignerState {
    if (height < 1 || round < 0) {
      throw new IllegalArgumentException("signer state needs height >= 1 and round >= 0, got " + height + "/" + round);
    }
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(signedHash, "signedHash");
    Objects.requireNonNull(lockedBlock, "lockedBlock");
    if (lockedRound < -1 || lockedRound > round || (lockedRound == -1) != lockedBlock.isEmpty()) {
      throw new IllegalArgumentException("signer lock must be none (-1, empty) or a round <= " + round
          + " with a block, got " + lockedRound + "/" + lockedBlock);
    }
  }

  /** -1, 0, 1: how (height, round, step) compares with this record's. */
  public int compareTo(long otherHeight, int otherRound, Step otherStep) {
    int c = Long.compare(height, otherHeight);
    if (c == 0) {
      c = Integer.compare(round, otherRound);
    }
    if (c == 0) {
      c = step.compareTo(otherStep);
    }
    return Integer.signum(c);
  }
}
