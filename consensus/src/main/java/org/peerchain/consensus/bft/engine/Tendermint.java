package org.peerchain.consensus.bft.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.peerchain.consensus.bft.CertificateVerifier;
import org.peerchain.consensus.bft.MessageVerifier;
import org.peerchain.consensus.bft.TimeoutPolicy;
import org.peerchain.consensus.bft.ValidatorSet;
import org.peerchain.consensus.bft.engine.ConsensusEvent.BlockBuilt;
import org.peerchain.consensus.bft.engine.ConsensusEvent.BlockExecuted;
import org.peerchain.consensus.bft.engine.ConsensusEvent.BodyMismatch;
import org.peerchain.consensus.bft.engine.ConsensusEvent.CommitFailed;
import org.peerchain.consensus.bft.engine.ConsensusEvent.CommitReceived;
import org.peerchain.consensus.bft.engine.ConsensusEvent.Committed;
import org.peerchain.consensus.bft.engine.ConsensusEvent.ProposalReceived;
import org.peerchain.consensus.bft.engine.ConsensusEvent.RebroadcastDue;
import org.peerchain.consensus.bft.engine.ConsensusEvent.TimeoutFired;
import org.peerchain.consensus.bft.engine.ConsensusEvent.VoteReceived;
import org.peerchain.consensus.bft.message.SigningDomain;
import org.peerchain.consensus.bft.message.Step;
import org.peerchain.consensus.bft.message.VoteType;
import org.peerchain.consensus.bft.signer.LocalSigner;
import org.peerchain.consensus.bft.signer.SignerState;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.CommitCertificate;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tendermint (arXiv 1807.04938, Algorithm 1) as a pure state machine: events in, actions out; no
 * clock, threads or I/O. Single-threaded by contract: the node calls it from one event loop.
 *
 * <p>The pieces: {@link MessageIntake} admits messages, {@link UponRules} holds the rules,
 * {@link Steps} turns them into actions, {@link RoundState} is the state. Departures from the paper,
 * all on the safe side: the proposer also schedules timeoutPropose; valid(v) is asked of the node and
 * a rule needing it waits for the answer; the round skip jumps to the highest round that f + 1 of the
 * power has reached; an equivocator's votes count once per value; the engine relays the current
 * round now and then, standing in for the reliable gossip the paper assumes; and a decision ends
 * the height only once the node confirms the block is stored (a block that does not commit here
 * leaves the engine at its height, never ahead of the chain).
 *
 * <p>An exception inside the engine is a bug that may have left the state half-updated: the engine
 * then halts for good ({@link #haltReason}) rather than go on from a state nobody can vouch for.
 */
public final class Tendermint {
  private static final Logger LOG = LoggerFactory.getLogger(Tendermint.class);

  static final int FUTURE_MESSAGES_PER_SIGNER = 32;
  static final int EVIDENCE_CAPACITY = 1000;

  private final SigningDomain domain;
  private final ValidatorSet validators;
  private final Optional<LocalSigner> signer;
  private final Address me;
  private final CertificateVerifier certificates;
  private final EvidencePool evidence = new EvidencePool(EVIDENCE_CAPACITY);
  private final Deque<Object> queue = new ArrayDeque<>();
  private final MessageIntake intake;
  private final RoundState s;
  private final Steps steps;
  private final UponRules rules;
  private boolean started;
  private long internalErrors;
  private String haltReason;

  public Tendermint(SigningDomain domain, ValidatorSet validators, Optional<LocalSigner> signer, TimeoutPolicy timeouts,
      MessageVerifier verifier, long startHeight) {
    this(domain, validators, signer, timeouts, verifier, startHeight, Rules.STANDARD);
  }

  public Tendermint(SigningDomain domain, ValidatorSet validators, Optional<LocalSigner> signer, TimeoutPolicy timeouts,
      MessageVerifier verifier, long startHeight, Rules rules) {
    this.domain = Objects.requireNonNull(domain, "domain");
    this.validators = Objects.requireNonNull(validators, "validators");
    Objects.requireNonNull(timeouts, "timeouts");
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(verifier, "verifier");
    Objects.requireNonNull(signer, "signer");
    if (startHeight < 1) {
      throw new IllegalArgumentException("consensus starts at height 1 or later, got " + startHeight);
    }
    signer.ifPresent(k -> {
      if (!k.domain().equals(domain)) {
        throw new IllegalArgumentException("signer is for " + k.domain() + ", engine for " + domain);
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
    FutureMessages future = new FutureMessages(FUTURE_MESSAGES_PER_SIGNER);
    this.intake = new MessageIntake(domain, validators, verifier, future, evidence);
    this.s = new RoundState(startHeight, validators);
    this.steps = new Steps(s, validators, this.signer, timeouts, future, queue);
    this.rules = new UponRules(s, steps, validators, rules);
  }

  /** Starts the first round; a validator that signed at this height before a restart resumes its round, lock and votes. */
  public List<ConsensusAction> start() {
    if (started) {
      LOG.warn("consensus: start() called twice; ignored");
      return List.of();
    }
    started = true;
    return run(() -> {
      Optional<SignerState> last = signer.flatMap(LocalSigner::lastSigned).filter(k -> k.height() == s.height);
      if (last.isPresent()) {
        steps.resume(last.get());
      } else {
        steps.startRound(0);
      }
      rules.progress();
    });
  }

  public List<ConsensusAction> handle(ConsensusEvent event) {
    if (haltReason != null) {
      return List.of();
    }
    if (event == null || !started) {
      LOG.warn("consensus: ignoring {} (engine {})", event, started ? "running" : "not started");
      return List.of();
    }
    queue.add(event);
    return run(() -> {
      while (!queue.isEmpty()) {
        dispatch(queue.poll());
        rules.progress();
      }
    });
  }

  public RoundStateView snapshot() {
    return s.view(validators);
  }

  /** The equivocations seen, oldest first (bounded). */
  public List<Evidence> evidence() {
    return evidence.list();
  }

  public long height() {
    return s.height;
  }

  /** How many events failed inside the engine (a bug, logged at ERROR); 0 in a healthy run. */
  public long internalErrors() {
    return internalErrors;
  }

  /** Why the engine stopped taking events after an internal error; empty while it runs. */
  public Optional<String> haltReason() {
    return Optional.ofNullable(haltReason);
  }

  /** True between a decision and the node's answer to its Commit. */
  public boolean awaitingCommit() {
    return s.committing != null;
  }

  private List<ConsensusAction> run(Runnable body) {
    List<ConsensusAction> out = new ArrayList<>();
    steps.collectInto(out);
    try {
      body.run();
    } catch (RuntimeException e) {
      // A bug: the state may be half-updated, so the engine takes no further event. The actions
      // decided so far are returned for the caller to judge; a node halts without carrying them out.
      internalErrors++;
      queue.clear();
      haltReason = "internal error at height " + s.height + " round " + s.round + " step " + s.step + ": " + e;
      LOG.error("consensus: internal error at height {} round {} step {}; the engine halts", s.height, s.round,
          s.step, e);
    }
    return out;
  }

  private void dispatch(Object e) {
    if (e instanceof Steps.Replayed r) {
      intake.admit(r.message(), true, s.hs, s.round, steps.out());
    } else if (e instanceof ProposalReceived p) {
      intake.admit(p.proposal(), false, s.hs, s.round, steps.out());
    } else if (e instanceof VoteReceived v) {
      intake.admit(v.vote(), false, s.hs, s.round, steps.out());
    } else if (e instanceof TimeoutFired t) {
      onTimeout(t);
    } else if (e instanceof BlockBuilt b) {
      onBlockBuilt(b);
    } else if (e instanceof BlockExecuted x) {
      onBlockExecuted(x);
    } else if (e instanceof BodyMismatch m) {
      onBodyMismatch(m);
    } else if (e instanceof CommitReceived c) {
      onCommitReceived(c);
    } else if (e instanceof Committed c) {
      onCommitted(c);
    } else if (e instanceof CommitFailed f) {
      onCommitFailed(f);
    } else if (e instanceof RebroadcastDue r && r.height() == s.height && r.round() == s.round) {
      steps.relayRound();
    }
  }

  /** Lines 57-67; timeouts of another height, round or step are stale and do nothing. */
  private void onTimeout(TimeoutFired t) {
    if (t.height() != s.height || t.round() != s.round || s.committing != null) {
      return;
    }
    switch (t.step()) {
      case PROPOSE -> {
        if (s.step == Step.PROPOSE) {
          steps.vote(VoteType.PREVOTE, Optional.empty());
        }
      }
      case PREVOTE -> {
        if (s.step == Step.PREVOTE) {
          steps.vote(VoteType.PRECOMMIT, Optional.empty());
        }
      }
      case PRECOMMIT -> {
        if (s.round < Integer.MAX_VALUE) {
          steps.startRound(s.round + 1);
        }
      }
    }
  }

  private void onBlockBuilt(BlockBuilt b) {
    if (b.height() != s.height || b.round() != s.round || s.step != Step.PROPOSE || !s.awaitingBuild
        || s.committing != null) {
      LOG.debug("consensus: ignoring a block built for {}/{} at {}/{} {}", b.height(), b.round(), s.height, s.round,
          s.step);
      return;
    }
    Block block = b.block();
    if (block.number() != s.height || !block.header().coinbase().equals(me)) {
      LOG.error("consensus: the node built block {} (number {}, coinbase {}) for height {} proposer {}; not proposing it",
          block.hash(), block.number(), block.header().coinbase(), s.height, me);
      return;
    }
    s.awaitingBuild = false;
    steps.propose(block, -1);
  }

  private void onBlockExecuted(BlockExecuted x) {
    if (!s.hs.recordExecution(x.blockHash(), x.valid())) {
      LOG.debug("consensus: ignoring an execution result for block {} nobody is waiting for", x.blockHash());
      return;
    }
    if (!x.valid()) {
      LOG.warn("consensus: block {} proposed at height {} is invalid: {}", x.blockHash(), s.height, x.reason());
    }
  }

  /** The copy is bad, not the block: forget the copy, record no verdict, wait for the next one. */
  private void onBodyMismatch(BodyMismatch m) {
    if (m.block().number() != s.height || s.hs.block(m.block().hash()).isEmpty()) {
      return;
    }
    LOG.debug("consensus: the copy of block {} at height {} had a bad body ({}); waiting for another",
        m.block().hash(), s.height, m.reason());
    s.hs.forgetBody(m.block());
  }

  private void onCommitReceived(CommitReceived c) {
    CommitCertificate cert = c.certificate();
    if (cert.height() != s.height || s.committing != null) {
      LOG.debug("consensus: ignoring a certified block for height {} at height {}{}", cert.height(), s.height,
          s.committing != null ? " (committing)" : "");
      return;
    }
    Optional<String> error = certificates.verify(cert, c.block(), validators, domain);
    if (error.isPresent()) {
      LOG.warn("consensus: rejecting certified block {} for height {}: {}", c.block().hash(), s.height, error.get());
      return;
    }
    steps.commit(c.block(), cert);
  }

  private void onCommitted(Committed c) {
    if (!isCommitting(c.height(), c.blockHash())) {
      LOG.debug("consensus: ignoring a commit confirmation for {} at height {}", c.blockHash(), c.height());
      return;
    }
    steps.advance();
  }

  /** The engine stays at the height; that copy of the block is forgotten so it cannot be decided again at once. */
  private void onCommitFailed(CommitFailed f) {
    if (!isCommitting(f.height(), f.blockHash())) {
      LOG.debug("consensus: ignoring a commit failure for {} at height {}", f.blockHash(), f.height());
      return;
    }
    Block block = s.committing.block();
    s.committing = null;
    s.hs.forgetBody(block);
    LOG.warn("consensus: block {} did not commit at height {}: {}; staying at this height", f.blockHash(), s.height,
        f.reason());
  }

  private boolean isCommitting(long height, Hash hash) {
    return s.committing != null && height == s.height && s.committing.block().hash().equals(hash);
  }
}
