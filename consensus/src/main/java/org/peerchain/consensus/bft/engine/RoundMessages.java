package org.peerchain.consensus.bft.engine;

import org.peerchain.consensus.bft.ValidatorSet;
import org.peerchain.consensus.bft.message.Proposal;
import org.peerchain.consensus.bft.message.VoteType;

/**
 * What arrived for one round of the current height, and which of the paper's "for the first time"
 * rules have already fired in it.
 */
final class RoundMessages {
  final int round;
  final VoteSet prevotes;
  final VoteSet precommits;
  Proposal proposal;
  boolean prevoteTimeoutScheduled;   // line 34
  boolean lockRuleFired;             // line 36
  boolean precommitTimeoutScheduled; // line 47

  RoundMessages(int round, ValidatorSet validators) {
    this.round = round;
    prevotes = new VoteSet(validators);
    precommits = new VoteSet(validators);
  }

  VoteSet votes(VoteType type) {
    return type == VoteType.PREVOTE ? prevotes : precommits;
  }
}
