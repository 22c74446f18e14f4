package org.peerchain.consensus.bft.signer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.peerchain.consensus.bft.message.Step;
import org.peerchain.consensus.bft.message.Vote;
import org.peerchain.core.types.Hash;

/**
 * The last message a validator signed, by (height, round, step) and signing hash; its lock at that
 * height (the round and block of its last precommit for a block); and the votes it signed in that
 * round. Tendermint's safety rests on the lock as much as on not signing twice, so a restarted
 * validator must get both back; and since it may not sign those votes again differently, it must be
 * able to send the very same ones again, or a round that needs its vote could never complete.
 */
public record SignerState(long height, int round, Step step, Hash signedHash, int lockedRound, Optional<Hash> lockedBlock,
    List<Vote> votes) {
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
    votes = List.copyOf(votes);
    for (Vote v : votes) {
      if (v.height() != height || v.round() != round) {
        throw new IllegalArgumentException("signer state keeps only votes of " + height + "/" + round + ", got " + v);
      }
    }
  }

  /** -1, 0, 1: how this record's (height, round, step) compares with the given one. */
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
