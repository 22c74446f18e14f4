package org.peerchain.consensus.bft.signer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.peerchain.consensus.bft.message.Step;
import org.peerchain.consensus.bft.message.Vote;
import org.peerchain.core.types.Hash;

/**
 * The last message a validator signed, by (height, round, step) and signing hash; its lock at that
 * height (the round and block of its last precommit for a block) with, when known, the block itself
 * and the polka behind it; and the votes it signed in that round. Tendermint's safety rests on the
 * lock as much as on not signing twice, so a restarted validator must get both back; its liveness
 * needs the locked block and its polka, since a validator locked on a block nobody can re-propose
 * with proof never prevotes anything else; and since it may not sign those votes again differently,
 * it must be able to send the very same ones again, or a round that needs its vote could never
 * complete.
 */
public record SignerState(long height, int round, Step step, Hash signedHash, int lockedRound, Optional<Hash> lockedBlock,
    Optional<LockProof> lockProof, List<Vote> votes) {
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
    Objects.requireNonNull(lockProof, "lockProof");
    if (lockProof.isPresent()) {
      LockProof p = lockProof.get();
      if (!lockedBlock.equals(Optional.of(p.block().hash())) || p.round() != lockedRound
          || p.polka().get(0).height() != height || p.block().number() != height) {
        throw new IllegalArgumentException("signer lock proof must be for the lock " + height + "/" + lockedRound + "/"
            + lockedBlock + ", got block " + p.block().number() + "/" + p.block().hash() + " at round " + p.round());
      }
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
