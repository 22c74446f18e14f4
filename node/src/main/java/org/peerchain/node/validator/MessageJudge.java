package org.peerchain.node.validator;

import org.peerchain.consensus.bft.MessageVerifier;
import org.peerchain.consensus.bft.ValidatorSet;
import org.peerchain.consensus.bft.engine.RoundStateView;
import org.peerchain.consensus.bft.message.ConsensusMessage;
import org.peerchain.consensus.bft.message.Proposal;
import org.peerchain.consensus.bft.message.SigningDomain;
import org.peerchain.consensus.execution.BodyCheck;
import org.peerchain.consensus.execution.ChainRules;

/**
 * Decides whether a consensus message from a peer may reach the engine and be relayed, before
 * either happens. Cheap checks first; the signature last. A message that is merely early or late
 * is ignored, never rejected: only what is wrong whoever sends it (not a validator's, not the
 * proposer's, a body that does not match its header, a bad signature) is the sender's fault.
 * Thread-safe: it reads the engine's last published round state and nothing else.
 */
public final class MessageJudge {
  /** Heights kept around the engine's: the last one (late precommits) and two ahead (a node behind). */
  static final long HEIGHTS_BEHIND = 1;
  static final long HEIGHTS_AHEAD = 2;
  /** As the engine's intake: rounds of the current height up to this far ahead, of later heights up to this round. */
  static final int ROUNDS_AHEAD = 10;

  private final SigningDomain domain;
  private final ValidatorSet validators;
  private final MessageVerifier verifier;
  private final ChainRules rules;

  public MessageJudge(SigningDomain domain, ValidatorSet validators, MessageVerifier verifier, ChainRules rules) {
    this.domain = domain;
    this.validators = validators;
    this.verifier = verifier;
    this.rules = rules;
  }

  public Judgement judge(ConsensusMessage m, RoundStateView at) {
    long h = at.height();
    if (m.height() < h - HEIGHTS_BEHIND || m.height() > h + HEIGHTS_AHEAD) {
      return Judgement.ignore("height " + m.height() + " outside [" + (h - HEIGHTS_BEHIND) + ", " + (h + HEIGHTS_AHEAD) + "]");
    }
    if (m.height() == h && m.round() > (long) at.round() + ROUNDS_AHEAD
        || m.height() > h && m.round() > ROUNDS_AHEAD) {
      return Judgement.ignore("round " + m.round() + " too far ahead");
    }
    if (!validators.contains(m.signer())) {
      return Judgement.reject("signer " + m.signer() + " is not a validator");
    }
    if (m instanceof Proposal p) {
      Judgement block = judgeBlock(p);
      if (block.outcome() != Judgement.Outcome.ACCEPT) {
        return block;
      }
    }
    boolean signed;
    try {
      signed = verifier.verify(domain, m);
    } catch (RuntimeException e) {
      signed = false;
    }
    return signed ? Judgement.ACCEPT : Judgement.reject("bad signature by " + m.signer());
  }

  /** What binds a proposal's body to the header its signature covers, and who may propose. */
  private Judgement judgeBlock(Proposal p) {
    if (!p.proposer().equals(validators.proposer(p.height(), p.round()))) {
      return Judgement.reject(p.proposer() + " is not the proposer of " + p.height() + "/" + p.round());
    }
    if (p.block().number() != p.height()) {
      return Judgement.reject("proposal for height " + p.height() + " carries block " + p.block().number());
    }
    if (p.validRound() == -1 && !p.block().header().coinbase().equals(p.proposer())) {
      return Judgement.reject("fresh proposal's coinbase is not its proposer");
    }
    return BodyCheck.check(p.block(), rules)
        .map(wrong -> Judgement.reject("proposal body does not belong to its header: " + wrong.message()))
        .orElse(Judgement.ACCEPT);
  }
}
