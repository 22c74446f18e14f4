package org.peerchain.consensus.bft.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.peerchain.consensus.bft.TimeoutPolicy;
import org.peerchain.consensus.bft.ValidatorSet;
import org.peerchain.consensus.bft.engine.ConsensusAction.Broadcast;
import org.peerchain.consensus.bft.engine.ConsensusAction.BuildBlock;
import org.peerchain.consensus.bft.engine.ConsensusAction.Commit;
import org.peerchain.consensus.bft.engine.ConsensusAction.ExecuteBlock;
import org.peerchain.consensus.bft.engine.ConsensusAction.ScheduleRebroadcast;
import org.peerchain.consensus.bft.engine.ConsensusAction.ScheduleTimeout;
import org.peerchain.consensus.bft.engine.HeightState.Validity;
import org.peerchain.consensus.bft.message.ConsensusMessage;
import org.peerchain.consensus.bft.message.Proposal;
import org.peerchain.consensus.bft.message.Step;
import org.peerchain.consensus.bft.message.Vote;
import org.peerchain.consensus.bft.message.VoteType;
import org.peerchain.consensus.bft.signer.LocalSigner;
import org.peerchain.consensus.bft.signer.LockProof;
import org.peerchain.consensus.bft.signer.SignerState;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.CommitCertificate;
import org.peerchain.core.block.CommitSignature;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the rules do to the state, as actions: start a round, propose, vote (signed through the
 * guard), decide, move to the next height once the node has stored the decision, ask the node to execute a block, schedule timeouts,
 * relay the round, resume after a restart.
 */
final class Steps {
  private static final Logger LOG = LoggerFactory.getLogger(Steps.class);

  /** A buffered message replayed at its height; its signature was checked when it was buffered. */
  record Replayed(ConsensusMessage message) {}

  private final RoundState s;
  private final ValidatorSet validators;
  private final Optional<LocalSigner> signer;
  private final Address me;
  private final TimeoutPolicy timeouts;
  private final FutureMessages future;
  private final Deque<Object> queue;
  private List<ConsensusAction> out = new ArrayList<>();

  Steps(RoundState s, ValidatorSet validators, Optional<LocalSigner> signer, TimeoutPolicy timeouts,
      FutureMessages future, Deque<Object> queue) {
    this.s = s;
    this.validators = validators;
    this.signer = signer;
    this.me = signer.map(LocalSigner::address).orElse(null);
    this.timeouts = timeouts;
    this.future = future;
    this.queue = queue;
  }

  /** Where actions go until the next call (one list per event handled). */
  void collectInto(List<ConsensusAction> actions) {
    out = actions;
  }

  List<ConsensusAction> out() {
    return out;
  }

  Address me() {
    return me;
  }

  /** StartRound (lines 11-21). The proposer also schedules timeoutPropose: a node that never answers costs a round. */
  void startRound(int r) {
    s.round = r;
    s.step = Step.PROPOSE;
    s.awaitingBuild = false;
    if (me != null && validators.proposer(s.height, r).equals(me)) {
      Optional<Block> locked = s.lockedBlock.flatMap(s.hs::block);
      if (s.validBlock != null) {
        propose(s.validBlock, s.validRound);
      } else if (locked.isPresent()) {
        // A lock restored without its proof (an older signer record) whose block came back from a peer.
        propose(locked.get(), s.lockedRound);
      } else {
        s.awaitingBuild = true;
        out.add(new BuildBlock(s.height, r));
      }
    }
    schedule(Step.PROPOSE);
    scheduleRebroadcast();
  }

  /**
   * Picks up after a restart at the round this validator last signed in: its lock and its votes of
   * that round come back from the signer record (and go out again); it does not propose again.
   */
  void resume(SignerState last) {
    s.round = last.round();
    s.step = Step.PROPOSE;
    s.lockedRound = last.lockedRound();
    s.lockedBlock = last.lockedBlock();
    last.lockProof().ifPresent(this::restoreLockedValue);
    LOG.info("consensus: resuming height {} at round {} (locked round {}, {} vote(s) restored)", s.height, s.round,
        s.lockedRound, last.votes().size());
    for (Vote v : last.votes()) {
      s.current().votes(v.type()).add(v);
      s.hs.skip.saw(me, s.round);
      out.add(new Broadcast(v));
      if (v.type().step().compareTo(s.step) > 0) {
        s.step = v.type().step();
      }
    }
    schedule(Step.PROPOSE);
    scheduleRebroadcast();
  }

  /**
   * The locked block becomes the valid value again, with the polka of its round, as the paper's
   * process never forgets it: as proposer this validator re-proposes it with proof (lines 14-16), the
   * only way out when the others have no valid value and it prevotes nothing else. The block was
   * found valid before the lock was signed, on the same parent.
   */
  private void restoreLockedValue(LockProof proof) {
    Block block = proof.block();
    s.validRound = s.lockedRound;
    s.validBlock = block;
    s.hs.addBlock(block);
    s.hs.markValid(block.hash());
    VoteSet prevotes = s.hs.round(s.lockedRound).prevotes;
    proof.polka().forEach(prevotes::add);
  }

  void propose(Block block, int vr) {
    Optional<Proposal> signed = sign(() -> signer.get().signProposal(s.height, s.round, block, vr));
    if (signed.isEmpty()) {
      return;
    }
    Proposal p = signed.get();
    s.current().addProposal(p);
    s.hs.addBlock(block);
    s.hs.markValid(block.hash()); // built by this node or already found valid here
    s.hs.skip.saw(me, s.round);
    out.add(new Broadcast(p));
    if (vr >= 0) {
      // The proof of lock travels with a re-proposal: without those prevotes line 28 cannot fire elsewhere.
      broadcastPolka(vr, block.hash());
    }
  }

  /** Signs and sends a vote of the current round, then moves to that vote's step (also when refused). */
  void vote(VoteType type, Optional<Hash> value) {
    s.step = type.step();
    if (me != null) {
      send(type, sign(() -> signer.get().signVote(type, s.height, s.round, value)));
    }
  }

  /** Line 36's precommit: the signer keeps the block and its polka with the lock, for {@link #resume}. */
  void precommitLocked(LockProof proof) {
    s.step = Step.PRECOMMIT;
    if (me != null) {
      send(VoteType.PRECOMMIT, sign(() -> signer.get().signLockingPrecommit(s.height, s.round, proof)));
    }
  }

  private void send(VoteType type, Optional<Vote> signed) {
    if (signed.isEmpty()) {
      return;
    }
    s.current().votes(type).add(signed.get());
    s.hs.skip.saw(me, s.round);
    out.add(new Broadcast(signed.get()));
  }

  private <T> Optional<T> sign(Supplier<Optional<T>> signing) {
    try {
      return signing.get();
    } catch (RuntimeException e) {
      // Could not persist the signer record: not signing is always safe.
      LOG.error("consensus: signer failed at height {} round {}; not signing", s.height, s.round, e);
      return Optional.empty();
    }
  }

  /** Line 49-54: the certificate is the quorum of precommits for the block in its round. */
  void decide(Block block, RoundMessages rm) {
    List<CommitSignature> sigs = new ArrayList<>();
    for (Vote v : rm.precommits.votesFor(Optional.of(block.hash()))) {
      sigs.add(new CommitSignature(v.validator(), v.signature()));
    }
    sigs.sort(Comparator.comparing(CommitSignature::validator));
    commit(block, new CommitCertificate(s.height, rm.round, block.hash(), sigs));
  }

  /** Hands the decision to the node; the height ends only when the node confirms it stored the block. */
  void commit(Block block, CommitCertificate cert) {
    LOG.debug("consensus: height {} decided block {} in round {}", s.height, block.hash(), cert.round());
    s.committing = new RoundState.Decision(block, cert);
    out.add(new Commit(block, cert));
  }

  /** Line 54 once the block is stored: the next height, its round 0, and the messages buffered for it. */
  void advance() {
    s.committing = null;
    s.nextHeight(validators);
    startRound(0);
    for (ConsensusMessage m : future.takeHeight(s.height)) {
      queue.add(new Replayed(m));
    }
  }

  /** valid(v): known, or asked of the node once (the answer comes back as BlockExecuted). */
  Validity validity(Block block) {
    Validity v = s.hs.validity(block.hash());
    if (v == Validity.PENDING && !s.hs.executionRequested(block.hash())) {
      s.hs.requestExecution(block.hash());
      out.add(new ExecuteBlock(block));
    }
    return v;
  }

  void schedule(Step step) {
    out.add(new ScheduleTimeout(s.height, s.round, step, timeouts.delayMs(step, s.round)));
  }

  /**
   * Relays what this node has of the current round, the prevotes of the proposal's valid round (its
   * proof of lock) and the precommits of the previous round, then asks to be woken again. This is the
   * gossip the paper assumes ("every message a correct process receives is eventually received by
   * every correct process"): without it, a message lost before the network stabilised could leave a
   * round waiting for ever.
   */
  void relayRound() {
    RoundMessages rm = s.current();
    if (rm.proposal != null) {
      out.add(new Broadcast(rm.proposal));
      if (rm.proposal.validRound() >= 0) {
        broadcastPolka(rm.proposal.validRound(), rm.proposal.blockHash());
      }
    }
    rm.prevotes.all().forEach(v -> out.add(new Broadcast(v)));
    rm.precommits.all().forEach(v -> out.add(new Broadcast(v)));
    if (s.round > 0) {
      // The precommits that ended the previous round let a validator still in it follow (line 47).
      s.hs.existing(s.round - 1).ifPresent(prev -> prev.precommits.all().forEach(v -> out.add(new Broadcast(v))));
    }
    scheduleRebroadcast();
  }

  private void broadcastPolka(int round, Hash block) {
    s.hs.existing(round).ifPresent(pol -> pol.prevotes.votesFor(Optional.of(block))
        .forEach(v -> out.add(new Broadcast(v))));
  }

  private void scheduleRebroadcast() {
    // As long as the propose timeout: several times a round, so a lost message is back before the round ends.
    out.add(new ScheduleRebroadcast(s.height, s.round, Math.max(1, timeouts.delayMs(Step.PROPOSE, s.round))));
  }
}
