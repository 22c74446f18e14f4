package org.peerchain.consensus.bft.engine;

import java.util.List;
import java.util.Optional;
import org.peerchain.consensus.bft.MessageVerifier;
import org.peerchain.consensus.bft.ValidatorSet;
import org.peerchain.consensus.bft.message.ConsensusMessage;
import org.peerchain.consensus.bft.message.Proposal;
import org.peerchain.consensus.bft.message.SigningDomain;
import org.peerchain.consensus.bft.message.Vote;
import org.peerchain.core.block.Block;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides what an incoming message may do before any rule sees it: drop it (not a validator, old
 * height, malformed, bad signature, duplicate), buffer it (future height), note it for a round
 * skip only (too many rounds ahead), keep it, or turn it into evidence (conflicts with one already
 * kept). Cheap checks run before the signature check, and a signature is checked before a message
 * counts for anything.
 */
final class MessageIntake {
  private static final Logger LOG = LoggerFactory.getLogger(MessageIntake.class);

  /** Messages of the current height are kept up to this many rounds ahead of the engine's round. */
  static final int MAX_ROUNDS_AHEAD = 10;
  /** Messages of later heights are buffered up to this many heights ahead. */
  static final int MAX_HEIGHTS_AHEAD = 2;

  private final SigningDomain domain;
  private final ValidatorSet validators;
  private final MessageVerifier verifier;
  private final FutureMessages future;
  private final EvidencePool evidence;

  MessageIntake(SigningDomain domain, ValidatorSet validators, MessageVerifier verifier, FutureMessages future,
      EvidencePool evidence) {
    this.domain = domain;
    this.validators = validators;
    this.verifier = verifier;
    this.future = future;
    this.evidence = evidence;
  }

  /**
   * Admits {@code m} into {@code hs} (the state of the engine's current height) if it may count.
   * {@code verified} says the signature was already checked (a replay from the future buffer).
   */
  void admit(ConsensusMessage m, boolean verified, HeightState hs, int round, List<ConsensusAction> out) {
    if (!validators.contains(m.signer())) {
      LOG.debug("consensus: dropping {} from non-validator {}", m.step(), m.signer());
      return;
    }
    if (m.height() < hs.height) {
      return;
    }
    if (m.height() > hs.height) {
      buffer(m, verified, hs.height);
      return;
    }
    if (m.round() > (long) round + MAX_ROUNDS_AHEAD) {
      // Too far ahead to keep, but it may be a sign that this validator is behind (line 55).
      if (hs.skip.highest(m.signer()) < m.round() && wellFormed(m, hs.height) && (verified || verify(m))) {
        hs.skip.saw(m.signer(), m.round());
      }
      return;
    }
    if (m instanceof Proposal p) {
      admitProposal(p, verified, hs, out);
    } else {
      admitVote((Vote) m, verified, hs, out);
    }
  }

  private void buffer(ConsensusMessage m, boolean verified, long height) {
    if (m.height() > height + MAX_HEIGHTS_AHEAD || m.round() > MAX_ROUNDS_AHEAD) {
      LOG.debug("consensus: dropping {} for height {} round {}: too far ahead of height {}", m.step(),
          m.height(), m.round(), height);
      return;
    }
    if (future.contains(m) || !wellFormed(m, m.height()) || !(verified || verify(m))) {
      return;
    }
    if (!future.add(m)) {
      LOG.debug("consensus: future-height buffer of {} is full, dropping {}", m.signer(), m);
    }
  }

  private void admitProposal(Proposal p, boolean verified, HeightState hs, List<ConsensusAction> out) {
    if (!wellFormed(p, hs.height)) {
      return;
    }
    RoundMessages rm = hs.round(p.round());
    Proposal prior = rm.proposal;
    boolean sameAsPrior = prior != null && prior.blockHash().equals(p.blockHash())
        && prior.validRound() == p.validRound();
    if (sameAsPrior || rm.proposalFor(p.blockHash()) != null || !(verified || verify(p))) {
      return;
    }
    // One body per hash: a copy of a known block carries the body already held, so a relayer's altered
    // body cannot slip in beside it; a bad held body is forgotten (BodyMismatch) and the next copy counts.
    Optional<Block> held = hs.block(p.blockHash());
    Proposal kept = held.isPresent() && held.get() != p.block()
        ? new Proposal(p.height(), p.round(), held.get(), p.validRound(), p.proposer(), p.signature())
        : p;
    rm.addProposal(kept);
    hs.addBlock(kept.block());
    hs.skip.saw(p.proposer(), p.round());
    if (prior != null) {
      report(new Evidence(prior, p), out);
    }
  }

  private void admitVote(Vote v, boolean verified, HeightState hs, List<ConsensusAction> out) {
    VoteSet set = hs.round(v.round()).votes(v.type());
    if (set.contains(v) || !(verified || verify(v))) {
      return;
    }
    Optional<Vote> prior = set.byValidator(v.validator());
    if (set.add(v) == VoteSet.Added.CONFLICT) {
      report(new Evidence(prior.orElseThrow(), v), out);
      return;
    }
    hs.skip.saw(v.validator(), v.round());
  }

  private void report(Evidence e, List<ConsensusAction> out) {
    if (evidence.add(e)) {
      out.add(new ConsensusAction.EvidenceFound(e));
    }
  }

  /** The engine-side proposal checks (the node judges the block itself); votes have none beyond their record. */
  private boolean wellFormed(ConsensusMessage m, long height) {
    if (!(m instanceof Proposal p)) {
      return true;
    }
    if (!p.proposer().equals(validators.proposer(p.height(), p.round()))) {
      LOG.debug("consensus: dropping proposal for {}/{} from {}: not the proposer", p.height(), p.round(), p.proposer());
      return false;
    }
    if (p.block().number() != height) {
      LOG.debug("consensus: dropping proposal for height {} carrying block number {}", height, p.block().number());
      return false;
    }
    if (p.validRound() == -1 && !p.block().header().coinbase().equals(p.proposer())) {
      LOG.debug("consensus: dropping fresh proposal whose coinbase {} is not its proposer {}",
          p.block().header().coinbase(), p.proposer());
      return false;
    }
    return true;
  }

  private boolean verify(ConsensusMessage m) {
    boolean ok;
    try {
      ok = verifier.verify(domain, m);
    } catch (RuntimeException e) {
      LOG.debug("consensus: signature check of {} failed", m, e);
      ok = false;
    }
    if (!ok) {
      LOG.debug("consensus: dropping {} with a bad signature", m);
    }
    return ok;
  }
}
