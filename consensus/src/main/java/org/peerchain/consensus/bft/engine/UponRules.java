package org.peerchain.consensus.bft.engine;

import java.util.Optional;
import org.peerchain.consensus.bft.ValidatorSet;
import org.peerchain.consensus.bft.engine.HeightState.Validity;
import org.peerchain.consensus.bft.message.Proposal;
import org.peerchain.consensus.bft.message.Step;
import org.peerchain.consensus.bft.message.VoteType;
import org.peerchain.consensus.bft.signer.LockProof;
import org.peerchain.core.block.Block;
import org.peerchain.core.types.Hash;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The upon-rules of Algorithm 1, re-evaluated until none fires (how the paper's "upon" reads).
 * Line numbers refer to the paper. valid(v) is asked of the node; a rule that needs it waits.
 */
final class UponRules {
  private static final Logger LOG = LoggerFactory.getLogger(UponRules.class);

  private final RoundState s;
  private final Steps steps;
  private final ValidatorSet validators;
  private final Rules rules;

  UponRules(RoundState s, Steps steps, ValidatorSet validators, Rules rules) {
    this.s = s;
    this.steps = steps;
    this.validators = validators;
    this.rules = rules;
  }

  void progress() {
    boolean fired = true;
    // Once decided, nothing more happens at this height until the node has stored the block.
    while (fired && s.committing == null) {
      fired = tryDecide() || trySkipRound() || (s.step == Step.PROPOSE && tryPrevoteOnProposal())
          || (s.step == Step.PREVOTE && tryScheduleTimeoutPrevote()) || (s.step.atLeast(Step.PREVOTE) && tryLock())
          || (s.step == Step.PREVOTE && tryPrecommitNil()) || tryScheduleTimeoutPrecommit();
    }
  }

  /** Line 49: a quorum of precommits for a known, valid block in any round decides it. */
  private boolean tryDecide() {
    for (RoundMessages rm : s.hs.rounds()) {
      Optional<Optional<Hash>> q = rm.precommits.quorumValue();
      if (q.isEmpty() || q.get().isEmpty()) {
        continue;
      }
      Hash id = q.get().get();
      Optional<Block> block = s.hs.block(id);
      if (block.isEmpty()) {
        continue; // the block has not arrived; a relayed proposal or sync will bring it
      }
      Validity v = steps.validity(block.get());
      if (v == Validity.VALID) {
        steps.decide(block.get(), rm);
        return true;
      }
      if (v == Validity.INVALID && s.hs.firstInvalidDecision(id)) {
        LOG.error("consensus: more than 2/3 precommitted block {} at height {}, which this node finds invalid;"
            + " not committing it", id, s.height);
      }
    }
    return false;
  }

  /** Line 55: f + 1 of the power is in a higher round: go there. */
  private boolean trySkipRound() {
    int target = s.hs.skip.target();
    if (target <= s.round) {
      return false;
    }
    LOG.debug("consensus: height {} skipping from round {} to {}", s.height, s.round, target);
    steps.startRound(target);
    return true;
  }

  /** Lines 22 and 28: prevote on the round's proposal. */
  private boolean tryPrevoteOnProposal() {
    Proposal p = s.current().proposal;
    if (p == null) {
      return false;
    }
    Optional<Hash> id = Optional.of(p.blockHash());
    // Asked first, so the node executes the block while the votes are still coming in.
    Validity v = steps.validity(p.block());
    int vr = p.validRound();
    if (vr >= 0) {
      Optional<RoundMessages> polka = s.hs.existing(vr);
      if (polka.isEmpty() || !validators.isQuorum(polka.get().prevotes.power(id))) {
        return false; // line 28 needs the quorum of prevotes at vr; until then only the timeout acts
      }
    }
    if (v == Validity.PENDING) {
      return false;
    }
    boolean lockAllows = rules.disableLockCheckOnPrevote() || s.lockedBlock.equals(id)
        || (vr == -1 ? s.lockedRound == -1 : s.lockedRound <= vr);
    steps.vote(VoteType.PREVOTE, v == Validity.VALID && lockAllows ? id : Optional.empty());
    return true;
  }

  /** Line 34. */
  private boolean tryScheduleTimeoutPrevote() {
    RoundMessages rm = s.current();
    if (rm.prevoteTimeoutScheduled || !validators.isQuorum(rm.prevotes.totalPower())) {
      return false;
    }
    rm.prevoteTimeoutScheduled = true;
    steps.schedule(Step.PREVOTE);
    return true;
  }

  /** Line 36: a quorum of prevotes for a valid proposal locks it (if still prevoting) and makes it the valid value. */
  private boolean tryLock() {
    RoundMessages rm = s.current();
    if (rm.lockRuleFired || rm.proposal == null) {
      return false;
    }
    // Asked before the quorum is there, so the answer is ready when it is.
    steps.validity(rm.proposal.block());
    Optional<Optional<Hash>> polka = rm.prevotes.quorumValue();
    if (polka.isEmpty() || polka.get().isEmpty()) {
      return false;
    }
    Proposal p = rm.proposalFor(polka.get().get());
    if (p == null || steps.validity(p.block()) != Validity.VALID) {
      return false;
    }
    rm.lockRuleFired = true;
    if (s.step == Step.PREVOTE) {
      s.lockedRound = s.round;
      s.lockedBlock = Optional.of(p.blockHash());
      steps.precommitLocked(new LockProof(p.block(), rm.prevotes.votesFor(s.lockedBlock)));
    }
    s.validRound = s.round;
    s.validBlock = p.block();
    return true;
  }

  /** Line 44. */
  private boolean tryPrecommitNil() {
    if (!validators.isQuorum(s.current().prevotes.power(Optional.empty()))) {
      return false;
    }
    steps.vote(VoteType.PRECOMMIT, Optional.empty());
    return true;
  }

  /** Line 47. */
  private boolean tryScheduleTimeoutPrecommit() {
    RoundMessages rm = s.current();
    if (rm.precommitTimeoutScheduled || !validators.isQuorum(rm.precommits.totalPower())) {
      return false;
    }
    rm.precommitTimeoutScheduled = true;
    steps.schedule(Step.PRECOMMIT);
    return true;
  }
}
