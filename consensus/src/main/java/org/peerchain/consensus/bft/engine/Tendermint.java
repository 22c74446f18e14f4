package org.peerchain.consensus.bft.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.peerchain.consensus.bft.CertificateVerifier;
import org.peerchain.consensus.bft.MessageVerifier;
import org.peerchain.consensus.bft.Step;
import org.peerchain.consensus.bft.TimeoutPolicy;
import org.peerchain.consensus.bft.ValidatorSet;
import org.peerchain.consensus.bft.engine.ConsensusAction.Broadcast;
import org.peerchain.consensus.bft.engine.ConsensusAction.BuildBlock;
import org.peerchain.consensus.bft.engine.ConsensusAction.Commit;
import org.peerchain.consensus.bft.engine.ConsensusAction.ExecuteBlock;
import org.peerchain.consensus.bft.engine.ConsensusAction.ScheduleRebroadcast;
import org.peerchain.consensus.bft.engine.ConsensusAction.ScheduleTimeout;
import org.peerchain.consensus.bft.engine.ConsensusEvent.BlockBuilt;
import org.peerchain.consensus.bft.engine.ConsensusEvent.BlockExecuted;
import org.peerchain.consensus.bft.engine.ConsensusEvent.CommitReceived;
import org.peerchain.consensus.bft.engine.ConsensusEvent.ProposalReceived;
import org.peerchain.consensus.bft.engine.ConsensusEvent.RebroadcastDue;
import org.peerchain.consensus.bft.engine.ConsensusEvent.TimeoutFired;
import org.peerchain.consensus.bft.engine.ConsensusEvent.VoteReceived;
import org.peerchain.consensus.bft.engine.HeightState.Validity;
import org.peerchain.consensus.bft.message.ConsensusMessage;
import org.peerchain.consensus.bft.message.Proposal;
import org.peerchain.consensus.bft.message.Vote;
import org.peerchain.consensus.bft.message.VoteType;
import org.peerchain.consensus.bft.signer.LocalSigner;
import org.peerchain.consensus.bft.signer.SignerState;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.CommitCertificate;
import org.peerchain.core.block.CommitSignature;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tendermint (arXiv 1807.04938, Algorithm 1) as a pure state machine: events in, actions out; no
 * clock, threads or I/O. Single-threaded by contract: the node calls it from one event loop.
 *
 * <p>The upon-rules are re-evaluated after every event until none fires, which is how the paper's
 * "upon" reads. Line numbers in comments refer to Algorithm 1. Departures, all on the safe side:
 * the proposer also schedules timeoutPropose (so a node that never answers BuildBlock costs one
 * round, not the height); valid(v) is asked of the node and a rule needing it waits for the answer;
 * the round skip of line 55 jumps to the highest round that more than 1/3 of the power has reached.
 */
public final class Tendermint {
  private static final Logger LOG = LoggerFactory.getLogger(Tendermint.class);

  static final int FUTURE_MESSAGES_PER_SIGNER = 32;
  static final int EVIDENCE_CAPACITY = 1000;

  private final long chainId;
  private final ValidatorSet validators;
  private final Optional<LocalSigner> signer;
  private final Address me;
  private final TimeoutPolicy timeouts;
  private final CertificateVerifier certificates;
  private final Rules rules;
  private final EvidencePool evidence = new EvidencePool(EVIDENCE_CAPACITY);
  private final FutureMessages future = new FutureMessages(FUTURE_MESSAGES_PER_SIGNER);
  private final MessageIntake intake;
  private final Deque<Object> queue = new ArrayDeque<>();
  private List<ConsensusAction> out = new ArrayList<>();

  private long height;
  private int round;
  private Step step = Step.PROPOSE;
  private HeightState hs;
  private int lockedRound = -1;
  private Optional<Hash> lockedBlock = Optional.empty();
  private int validRound = -1;
  private Block validBlock;
  private boolean awaitingBuild;
  private boolean started;
  private long internalErrors;

  /** A buffered message replayed at its height; its signature was checked when it was buffered. */
  private record Replayed(ConsensusMessage message) {}

  public Tendermint(long chainId, ValidatorSet validators, Optional<LocalSigner> signer, TimeoutPolicy timeouts,
      MessageVerifier verifier, long startHeight) {
    this(chainId, validators, signer, timeouts, verifier, startHeight, Rules.STANDARD);
  }

  public Tendermint(long chainId, ValidatorSet validators, Optional<LocalSigner> signer, TimeoutPolicy timeouts,
      MessageVerifier verifier, long startHeight, Rules rules) {
    this.chainId = chainId;
    this.validators = Objects.requireNonNull(validators, "validators");
    this.timeouts = Objects.requireNonNull(timeouts, "timeouts");
    this.rules = Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(verifier, "verifier");
    Objects.requireNonNull(signer, "signer");
    if (startHeight < 1) {
      throw new IllegalArgumentException("consensus starts at height 1 or later, got " + startHeight);
    }
    signer.ifPresent(s -> {
      if (s.chainId() != chainId) {
        throw new IllegalArgumentException("signer is for chain " + s.chainId() + ", engine for " + chainId);
      }
    });
    if (signer.isPresent() && !validators.contains(signer.get().address())) {
      LOG.warn("consensus: {} is not in the validator set; following the chain without voting", signer.get().address());
      this.signer = Optional.empty();
    } else {
      this.signer = signer;
    }
    this.me = this.signer.map(LocalSigner::address).orElse(null);
    this.certificates = new CertificateVerifier(verifier);
    this.intake = new MessageIntake(chainId, validators, verifier, future, evidence);
    this.height = startHeight;
    this.hs = new HeightState(startHeight, validators);
  }

  /** Starts the first round; a validator that signed at this height before a restart resumes at its round and lock. */
  public List<ConsensusAction> start() {
    if (started) {
      LOG.warn("consensus: start() called twice; ignored");
      return List.of();
    }
    started = true;
    return run(() -> {
      Optional<SignerState> last = signer.flatMap(LocalSigner::lastSigned).filter(s -> s.height() == height);
      if (last.isPresent()) {
        resume(last.get());
      } else {
        startRound(0);
      }
      progress();
    });
  }

  public List<ConsensusAction> handle(ConsensusEvent event) {
    if (event == null || !started) {
      LOG.warn("consensus: ignoring {} (engine {})", event, started ? "running" : "not started");
      return List.of();
    }
    queue.add(event);
    return run(() -> {
      while (!queue.isEmpty()) {
        dispatch(queue.poll());
        progress();
      }
    });
  }

  public RoundStateView snapshot() {
    return new RoundStateView(height, round, step, lockedRound, lockedBlock, validRound,
        Optional.ofNullable(validBlock).map(Block::hash), validators.proposer(height, round));
  }

  /** The equivocations seen, oldest first (bounded). */
  public List<Evidence> evidence() {
    return evidence.list();
  }

  public long height() {
    return height;
  }

  /** How many events failed inside the engine (a bug, logged at ERROR); 0 in a healthy run. */
  public long internalErrors() {
    return internalErrors;
  }

  private List<ConsensusAction> run(Runnable body) {
    out = new ArrayList<>();
    try {
      body.run();
    } catch (RuntimeException e) {
      // A bug must not take the node down; what was decided so far (actions) still goes out.
      internalErrors++;
      queue.clear();
      LOG.error("consensus: internal error at height {} round {} step {}", height, round, step, e);
    }
    return out;
  }

  private void dispatch(Object e) {
    if (e instanceof Replayed r) {
      intake.admit(r.message(), true, hs, round, out);
    } else if (e instanceof ProposalReceived p) {
      intake.admit(p.proposal(), false, hs, round, out);
    } else if (e instanceof VoteReceived v) {
      intake.admit(v.vote(), false, hs, round, out);
    } else if (e instanceof TimeoutFired t) {
      onTimeout(t);
    } else if (e instanceof BlockBuilt b) {
      onBlockBuilt(b);
    } else if (e instanceof BlockExecuted x) {
      onBlockExecuted(x);
    } else if (e instanceof CommitReceived c) {
      onCommitReceived(c);
    } else if (e instanceof RebroadcastDue r) {
      onRebroadcast(r);
    }
  }

  // ---- the upon-rules ----

  private void progress() {
    boolean fired = true;
    while (fired) {
      fired = tryDecide() || trySkipRound() || (step == Step.PROPOSE && tryPrevoteOnProposal())
          || (step == Step.PREVOTE && tryScheduleTimeoutPrevote()) || (step.atLeast(Step.PREVOTE) && tryLock())
          || (step == Step.PREVOTE && tryPrecommitNil()) || tryScheduleTimeoutPrecommit();
    }
  }

  /** Line 49: a quorum of precommits for a known, valid block in any round decides it. */
  private boolean tryDecide() {
    for (RoundMessages entry : hs.rounds()) {
      Optional<Optional<Hash>> q = entry.precommits.quorumValue();
      if (q.isEmpty() || q.get().isEmpty()) {
        continue;
      }
      Hash id = q.get().get();
      Optional<Block> block = hs.block(id);
      if (block.isEmpty()) {
        continue; // the block has not arrived; sync or a late proposal will bring it
      }
      Validity v = validity(block.get());
      if (v == Validity.VALID) {
        decide(block.get(), entry);
        return true;
      }
      if (v == Validity.INVALID && hs.firstInvalidDecision(id)) {
        LOG.error("consensus: more than 2/3 precommitted block {} at height {}, which this node finds invalid;"
            + " not committing it", id, height);
      }
    }
    return false;
  }

  /** Line 55: more than 1/3 of the power is in a higher round: go there. */
  private boolean trySkipRound() {
    int target = hs.skip.target();
    if (target <= round) {
      return false;
    }
    LOG.debug("consensus: height {} skipping from round {} to {}", height, round, target);
    startRound(target);
    return true;
  }

  /** Lines 22 and 28: prevote on the round's proposal. */
  private boolean tryPrevoteOnProposal() {
    Proposal p = currentRound().proposal;
    if (p == null) {
      return false;
    }
    Optional<Hash> id = Optional.of(p.blockHash());
    // Asked first, so the node executes the block while the votes are still coming in.
    Validity v = validity(p.block());
    int vr = p.validRound();
    if (vr >= 0) {
      Optional<RoundMessages> polka = hs.existing(vr);
      if (polka.isEmpty() || !validators.isQuorum(polka.get().prevotes.power(id))) {
        return false; // line 28 needs the quorum of prevotes at vr; until then only the timeout acts
      }
    }
    if (v == Validity.PENDING) {
      return false;
    }
    boolean lockAllows = rules.disableLockCheckOnPrevote() || lockedBlock.equals(id)
        || (vr == -1 ? lockedRound == -1 : lockedRound <= vr);
    vote(VoteType.PREVOTE, v == Validity.VALID && lockAllows ? id : Optional.empty());
    step = Step.PREVOTE;
    return true;
  }

  /** Line 34. */
  private boolean tryScheduleTimeoutPrevote() {
    RoundMessages rm = currentRound();
    if (rm.prevoteTimeoutScheduled || !validators.isQuorum(rm.prevotes.totalPower())) {
      return false;
    }
    rm.prevoteTimeoutScheduled = true;
    schedule(Step.PREVOTE);
    return true;
  }

  /** Line 36: a quorum of prevotes for the valid proposal locks it (if still prevoting) and makes it the valid value. */
  private boolean tryLock() {
    RoundMessages rm = currentRound();
    if (rm.lockRuleFired || rm.proposal == null) {
      return false;
    }
    // Asked before the quorum is there, so the answer is ready when it is.
    validity(rm.proposal.block());
    Optional<Optional<Hash>> polka = rm.prevotes.quorumValue();
    if (polka.isEmpty() || polka.get().isEmpty()) {
      return false;
    }
    Proposal p = rm.proposalFor(polka.get().get());
    if (p == null || validity(p.block()) != Validity.VALID) {
      return false;
    }
    rm.lockRuleFired = true;
    if (step == Step.PREVOTE) {
      lockedRound = round;
      lockedBlock = Optional.of(p.blockHash());
      vote(VoteType.PRECOMMIT, lockedBlock);
      step = Step.PRECOMMIT;
    }
    validRound = round;
    validBlock = p.block();
    return true;
  }

  /** Line 44. */
  private boolean tryPrecommitNil() {
    if (!validators.isQuorum(currentRound().prevotes.power(Optional.empty()))) {
      return false;
    }
    vote(VoteType.PRECOMMIT, Optional.empty());
    step = Step.PRECOMMIT;
    return true;
  }

  /** Line 47. */
  private boolean tryScheduleTimeoutPrecommit() {
    RoundMessages rm = currentRound();
    if (rm.precommitTimeoutScheduled || !validators.isQuorum(rm.precommits.totalPower())) {
      return false;
    }
    rm.precommitTimeoutScheduled = true;
    schedule(Step.PRECOMMIT);
    return true;
  }

  // ---- events other than messages ----

  /** Lines 57-67. */
  private void onTimeout(TimeoutFired t) {
    if (t.height() != height || t.round() != round) {
      return;
    }
    switch (t.step()) {
      case PROPOSE -> {
        if (step == Step.PROPOSE) {
          vote(VoteType.PREVOTE, Optional.empty());
          step = Step.PREVOTE;
        }
      }
      case PREVOTE -> {
        if (step == Step.PREVOTE) {
          vote(VoteType.PRECOMMIT, Optional.empty());
          step = Step.PRECOMMIT;
        }
      }
      case PRECOMMIT -> {
        if (round < Integer.MAX_VALUE) {
          startRound(round + 1);
        }
      }
    }
  }

  private void onBlockBuilt(BlockBuilt b) {
    if (b.height() != height || b.round() != round || step != Step.PROPOSE || !awaitingBuild) {
      LOG.debug("consensus: ignoring a block built for {}/{} at {}/{} {}", b.height(), b.round(), height, round, step);
      return;
    }
    Block block = b.block();
    if (block.number() != height || !block.header().coinbase().equals(me)) {
      LOG.error("consensus: the node built block {} (number {}, coinbase {}) for height {} proposer {}; not proposing it",
          block.hash(), block.number(), block.header().coinbase(), height, me);
      return;
    }
    awaitingBuild = false;
    propose(block, -1);
  }

  private void onBlockExecuted(BlockExecuted x) {
    if (!hs.recordExecution(x.blockHash(), x.valid())) {
      LOG.debug("consensus: ignoring an execution result for block {} nobody is waiting for", x.blockHash());
      return;
    }
    if (!x.valid()) {
      LOG.warn("consensus: block {} proposed at height {} is invalid: {}", x.blockHash(), height, x.reason());
    }
  }

  private void onCommitReceived(CommitReceived c) {
    CommitCertificate cert = c.certificate();
    if (cert.height() != height) {
      LOG.debug("consensus: ignoring a certified block for height {} at height {}", cert.height(), height);
      return;
    }
    Optional<String> error = certificates.verify(cert, c.block(), validators, chainId);
    if (error.isPresent()) {
      LOG.warn("consensus: rejecting certified block {} for height {}: {}", c.block().hash(), height, error.get());
      return;
    }
    commitAndAdvance(c.block(), cert);
  }

  /**
   * Relays what this node has of the current round, the prevotes of the proposal's valid round (its
   * proof of lock) and the precommits of the previous round, then asks to be woken again. This is the gossip the paper assumes ("every
   * message a correct process receives is eventually received by every correct process"): without
   * it, a message lost before the network stabilised could leave a round waiting for ever.
   */
  private void onRebroadcast(RebroadcastDue r) {
    if (r.height() != height || r.round() != round) {
      return;
    }
    RoundMessages rm = currentRound();
    if (rm.proposal != null) {
      out.add(new Broadcast(rm.proposal));
      int vr = rm.proposal.validRound();
      if (vr >= 0) {
        hs.existing(vr).ifPresent(pol -> pol.prevotes.votesFor(Optional.of(rm.proposal.blockHash()))
            .forEach(v -> out.add(new Broadcast(v))));
      }
    }
    rm.prevotes.all().forEach(v -> out.add(new Broadcast(v)));
    rm.precommits.all().forEach(v -> out.add(new Broadcast(v)));
    if (round > 0) {
      // The precommits that ended the previous round let a validator still in it follow (line 47).
      hs.existing(round - 1).ifPresent(prev -> prev.precommits.all().forEach(v -> out.add(new Broadcast(v))));
    }
    scheduleRebroadcast();
  }

  /**
   * Picks up after a restart at the round this validator last signed in: its lock and its votes of
   * that round come back from the signer record (and go out again); it does not propose again.
   */
  private void resume(SignerState last) {
    round = last.round();
    step = Step.PROPOSE;
    lockedRound = last.lockedRound();
    lockedBlock = last.lockedBlock();
    LOG.info("consensus: resuming height {} at round {} (locked round {}, {} vote(s) restored)", height, round,
        lockedRound, last.votes().size());
    for (Vote v : last.votes()) {
      currentRound().votes(v.type()).add(v);
      hs.skip.saw(me, round);
      out.add(new Broadcast(v));
      if (v.type().step().compareTo(step) > 0) {
        step = v.type().step();
      }
    }
    schedule(Step.PROPOSE);
    scheduleRebroadcast();
  }

  // ---- steps ----

  /** StartRound (lines 11-21). */
  private void startRound(int r) {
    round = r;
    step = Step.PROPOSE;
    awaitingBuild = false;
    if (me != null && validators.proposer(height, r).equals(me)) {
      Optional<Block> locked = lockedBlock.flatMap(hs::block);
      if (validBlock != null) {
        propose(validBlock, validRound);
      } else if (locked.isPresent()) {
        // After a restart the valid value is gone but the lock is known; its round had a polka for it.
        propose(locked.get(), lockedRound);
      } else {
        awaitingBuild = true;
        out.add(new BuildBlock(height, r));
      }
    }
    schedule(Step.PROPOSE);
    scheduleRebroadcast();
  }

  private void scheduleRebroadcast() {
    // As long as the propose timeout: several times a round, so a lost message is back before the round ends.
    long delay = timeouts.delayMs(Step.PROPOSE, round);
    out.add(new ScheduleRebroadcast(height, round, Math.max(1, delay)));
  }

  private void propose(Block block, int vr) {
    Optional<Proposal> signed = sign(() -> signer.get().signProposal(height, round, block, vr));
    if (signed.isEmpty()) {
      return;
    }
    Proposal p = signed.get();
    currentRound().addProposal(p);
    hs.addBlock(block);
    hs.markValid(block.hash()); // built by this node or already found valid here
    hs.skip.saw(me, round);
    out.add(new Broadcast(p));
    if (vr >= 0) {
      // The proof of lock travels with a re-proposal: without those prevotes line 28 cannot fire elsewhere.
      hs.existing(vr).ifPresent(pol -> pol.prevotes.votesFor(Optional.of(block.hash()))
          .forEach(v -> out.add(new Broadcast(v))));
    }
  }

  private void vote(VoteType type, Optional<Hash> value) {
    if (me == null) {
      return;
    }
    Optional<Vote> signed = sign(() -> signer.get().signVote(type, height, round, value));
    if (signed.isEmpty()) {
      return;
    }
    currentRound().votes(type).add(signed.get());
    hs.skip.saw(me, round);
    out.add(new Broadcast(signed.get()));
  }

  private <T> Optional<T> sign(Supplier<Optional<T>> signing) {
    try {
      return signing.get();
    } catch (RuntimeException e) {
      // Could not persist the signer record: not signing is always safe.
      LOG.error("consensus: signer failed at height {} round {}; not signing", height, round, e);
      return Optional.empty();
    }
  }

  private void decide(Block block, RoundMessages rm) {
    int decidedRound = rm.round;
    List<CommitSignature> sigs = new ArrayList<>();
    for (Vote v : rm.precommits.votesFor(Optional.of(block.hash()))) {
      sigs.add(new CommitSignature(v.validator(), v.signature()));
    }
    sigs.sort(Comparator.comparing(CommitSignature::validator));
    commitAndAdvance(block, new CommitCertificate(height, decidedRound, block.hash(), sigs));
  }

  private void commitAndAdvance(Block block, CommitCertificate cert) {
    LOG.debug("consensus: height {} decided block {} in round {}", height, block.hash(), cert.round());
    out.add(new Commit(block, cert));
    height++;
    hs = new HeightState(height, validators);
    lockedRound = -1;
    lockedBlock = Optional.empty();
    validRound = -1;
    validBlock = null;
    startRound(0);
    for (ConsensusMessage m : future.takeHeight(height)) {
      queue.add(new Replayed(m));
    }
  }

  private Validity validity(Block block) {
    Validity v = hs.validity(block.hash());
    if (v == Validity.PENDING && !hs.executionRequested(block.hash())) {
      hs.requestExecution(block.hash());
      out.add(new ExecuteBlock(block));
    }
    return v;
  }

  private void schedule(Step s) {
    out.add(new ScheduleTimeout(height, round, s, timeouts.delayMs(s, round)));
  }

  private RoundMessages currentRound() {
    return hs.round(round);
  }
}
