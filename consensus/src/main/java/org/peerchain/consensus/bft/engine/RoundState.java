package org.peerchain.consensus.bft.engine;

import java.util.Optional;
import org.peerchain.consensus.bft.ValidatorSet;
import org.peerchain.consensus.bft.message.Step;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.CommitCertificate;
import org.peerchain.core.types.Hash;

/** The paper's per-process variables (h_p, round_p, step_p, locked/valid value and round) and the height's message log. */
final class RoundState {
  long height;
  int round;
  Step step = Step.PROPOSE;
  HeightState hs;
  int lockedRound = -1;
  Optional<Hash> lockedBlock = Optional.empty();
  int validRound = -1;
  Block validBlock;
  /** This validator asked the node for a block for the current round and is waiting for it. */
  boolean awaitingBuild;
  /** The decision handed to the node, not yet confirmed stored; while set, the engine takes no step. */
  Decision committing;

  /** A decided block and its certificate. */
  record Decision(Block block, CommitCertificate certificate) {}

  RoundState(long height, ValidatorSet validators) {
    this.height = height;
    this.hs = new HeightState(height, validators);
  }

  /** Line 53: a new height starts with an empty log and no lock or valid value. */
  void nextHeight(ValidatorSet validators) {
    height++;
    hs = new HeightState(height, validators);
    lockedRound = -1;
    lockedBlock = Optional.empty();
    validRound = -1;
    validBlock = null;
  }

  RoundMessages current() {
    return hs.round(round);
  }

  RoundStateView view(ValidatorSet validators) {
    return new RoundStateView(height, round, step, lockedRound, lockedBlock, validRound,
        Optional.ofNullable(validBlock).map(Block::hash), validators.proposer(height, round));
  }
}
