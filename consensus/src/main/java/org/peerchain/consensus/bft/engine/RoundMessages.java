package org.peerchain.consensus.bft.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import org.peerchain.consensus.bft.ValidatorSet;
import org.peerchain.consensus.bft.message.Proposal;
import org.peerchain.consensus.bft.message.VoteType;
import org.peerchain.core.types.Hash;

/**
 * What arrived for one round of the current height, and which of the paper's "for the first time"
 * rules have already fired in it.
 */
final class RoundMessages {
  final int round;
  final VoteSet prevotes;
  final VoteSet precommits;
  /** The first valid proposal of the round: the one prevoted on (lines 22, 28). */
  Proposal proposal;
  /** Every valid proposal of the round by block (more than one only if the proposer equivocated), bounded. */
  private final Map<Hash, Proposal> byBlock = new LinkedHashMap<>();
  boolean prevoteTimeoutScheduled;   // line 34
  boolean lockRuleFired;             // line 36
  boolean precommitTimeoutScheduled; // line 47

  RoundMessages(int round, ValidatorSet validators) {
    this.round = round;
    prevotes = new VoteSet(validators);
    precommits = new VoteSet(validators);
  }

  static final int MAX_PROPOSALS = 3;

  /** Records a verified proposal; the first becomes {@link #proposal}. False if it was already known. */
  boolean addProposal(Proposal p) {
    if (proposal == null) {
      proposal = p;
    }
    if (byBlock.containsKey(p.blockHash()) || byBlock.size() >= MAX_PROPOSALS) {
      return false;
    }
    byBlock.put(p.blockHash(), p);
    return true;
  }

  /** Drops the proposals of {@code block} (a copy with a bad body); the next proposal of the round counts. */
  void removeProposalsOf(Hash block) {
    if (byBlock.remove(block) == null && (proposal == null || !proposal.blockHash().equals(block))) {
      return;
    }
    if (proposal != null && proposal.blockHash().equals(block)) {
      proposal = byBlock.values().stream().findFirst().orElse(null);
    }
  }

  Proposal proposalFor(Hash block) {
    return byBlock.get(block);
  }

  VoteSet votes(VoteType type) {
    return type == VoteType.PREVOTE ? prevotes : precommits;
  }
}
