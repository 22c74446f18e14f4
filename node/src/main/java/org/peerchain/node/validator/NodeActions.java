package org.peerchain.node.validator;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.peerchain.consensus.bft.engine.ConsensusAction.Broadcast;
import org.peerchain.consensus.bft.engine.ConsensusAction.BuildBlock;
import org.peerchain.consensus.bft.engine.ConsensusAction.Commit;
import org.peerchain.consensus.bft.engine.ConsensusAction.EvidenceFound;
import org.peerchain.consensus.bft.engine.ConsensusAction.ExecuteBlock;
import org.peerchain.consensus.bft.engine.ConsensusAction.ScheduleRebroadcast;
import org.peerchain.consensus.bft.engine.ConsensusAction.ScheduleTimeout;
import org.peerchain.consensus.bft.engine.ConsensusAction;
import org.peerchain.consensus.bft.engine.ConsensusEvent.BlockExecuted;
import org.peerchain.consensus.bft.engine.ConsensusEvent.BodyMismatch;
import org.peerchain.consensus.bft.engine.ConsensusEvent.CommitFailed;
import org.peerchain.consensus.bft.engine.ConsensusEvent.Committed;
import org.peerchain.consensus.bft.engine.ConsensusEvent.RebroadcastDue;
import org.peerchain.consensus.bft.engine.ConsensusEvent.TimeoutFired;
import org.peerchain.consensus.bft.engine.ConsensusEvent;
import org.peerchain.consensus.bft.engine.Evidence;
import org.peerchain.consensus.execution.BlockExecutor;
import org.peerchain.consensus.execution.BlockRejection;
import org.peerchain.consensus.execution.BodyCheck;
import org.peerchain.consensus.execution.ExecutionResult.Executed;
import org.peerchain.consensus.execution.ExecutionResult.Rejected;
import org.peerchain.consensus.execution.ExecutionResult;
import org.peerchain.core.block.Block;
import org.peerchain.node.chain.BlockCommitter;
import org.peerchain.node.chain.ExecutedBlocks;
import org.peerchain.node.chain.KnownSenders;
import org.peerchain.node.chain.LocalChain;
import org.peerchain.node.producer.BlockProducer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out the engine's actions on the consensus loop thread. Executing and committing answer at
 * once: a body that does not match its header is reported as such (the copy is bad, not the
 * block), and a commit reports whether the block is stored, so the engine never runs ahead of the
 * chain. A failure of our own (storage, a bug) throws, and the loop halts.
 */
final class NodeActions implements ConsensusLoop.ActionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(NodeActions.class);
  static final int MAX_EVIDENCE = 1_000;

  private final ConsensusLoop loop;
  private final LocalChain chain;
  private final BlockExecutor executor;
  private final ExecutedBlocks executed;
  private final BlockProducer producer;
  private final BlockCommitter committer;
  private final ConsensusNetwork network;
  private final LongSupplier millisClock;
  private final LongSupplier nanoClock;
  private final Deque<Evidence> evidence = new ArrayDeque<>();
  private final KnownSenders knownSenders;
  private final List<CommitFailureListener> commitFailures = new CopyOnWriteArrayList<>();
  private final List<Consumer<Evidence>> evidenceListeners = new CopyOnWriteArrayList<>();

  NodeActions(ConsensusLoop loop, LocalChain chain, BlockExecutor executor, ExecutedBlocks executed,
      BlockProducer producer, BlockCommitter committer, ConsensusNetwork network, KnownSenders knownSenders,
      LongSupplier millisClock, LongSupplier nanoClock) {
    this.loop = loop;
    this.chain = chain;
    this.executor = executor;
    this.executed = executed;
    this.producer = producer;
    this.committer = committer;
    this.network = network;
    this.millisClock = millisClock;
    this.nanoClock = nanoClock;
    this.knownSenders = knownSenders;
  }

  @Override
  public List<ConsensusEvent> handle(ConsensusAction action) {
    if (action instanceof Broadcast broadcast) {
      network.broadcast(broadcast.message());
    } else if (action instanceof ScheduleTimeout t) {
      loop.schedule(new TimeoutFired(t.height(), t.round(), t.step()), t.delayMs());
    } else if (action instanceof ScheduleRebroadcast r) {
      loop.schedule(new RebroadcastDue(r.height(), r.round()), r.delayMs());
    } else if (action instanceof BuildBlock build) {
      producer.request(build.height(), build.round());
    } else if (action instanceof ExecuteBlock execute) {
      return List.of(execute(execute.block()));
    } else if (action instanceof Commit commit) {
      return List.of(commit(commit));
    } else if (action instanceof EvidenceFound found) {
      keep(found.evidence());
    }
    return List.of();
  }

  void onCommitFailure(CommitFailureListener listener) {
    commitFailures.add(listener);
  }

  /** {@code listener} hears, on the consensus thread, of each equivocation the engine finds. */
  void onEvidence(Consumer<Evidence> listener) {
    evidenceListeners.add(listener);
  }

  private ConsensusEvent execute(Block block) {
    Optional<ExecutedBlocks.Entry> done = executed.get(block.hash());
    if (done.isPresent() && done.get().executed().block().equals(block)) {
      return new BlockExecuted(block.hash(), true, "");
    }
    long start = nanoClock.getAsLong();
    ExecutionResult result = executor.execute(knownSenders.reuse(block), chain.head(), chain.state(),
        millisClock.getAsLong() / 1000);
    if (result instanceof Executed ok) {
      executed.put(ok, nanoClock.getAsLong() - start);
      LOG.debug("Executed proposed block {} in {} us", block.number(), (nanoClock.getAsLong() - start) / 1000);
      return new BlockExecuted(block.hash(), true, "");
    }
    BlockRejection rejection = ((Rejected) result).reason();
    if (alteredBody(block, rejection)) {
      LOG.debug("Proposed block {} {} came with a body that is not its own: {}", block.number(), block.hash(),
          rejection.message());
      return new BodyMismatch(block, rejection.message());
    }
    LOG.debug("Proposed block {} {} is invalid: {}", block.number(), block.hash(), rejection.message());
    return new BlockExecuted(block.hash(), false, rejection.message());
  }

  /**
   * A body the header does not commit to was swapped in on the way. An oversized body is the block's
   * own fault only if it is the body the header commits to; the executor stops at the size, so the
   * root is worked out here for that rare case.
   */
  private static boolean alteredBody(Block block, BlockRejection rejection) {
    return switch (rejection.reason()) {
      case TRANSACTIONS_ROOT_MISMATCH -> true;
      case BLOCK_TOO_LARGE -> BodyCheck.rootMismatch(block).isPresent();
      default -> false;
    };
  }

  private ConsensusEvent commit(Commit commit) {
    Block block = commit.block();
    Optional<ExecutedBlocks.Entry> ready = executed.get(block.hash());
    Executed parts;
    long executionNanos;
    if (ready.isPresent()) {
      parts = ready.get().executed();
      executionNanos = ready.get().executionNanos();
    } else {
      long start = nanoClock.getAsLong();
      // Final without our having executed it (a certificate reached us first): it must still apply.
      // Its timestamp was accepted by a quorum; the clock-drift rule is for proposals, so it is not applied here.
      long now = Math.max(millisClock.getAsLong() / 1000, block.header().timestamp());
      ExecutionResult result = executor.execute(knownSenders.reuse(block), chain.head(), chain.state(), now);
      if (!(result instanceof Executed ok)) {
        return commitFailed(block, ((Rejected) result).reason());
      }
      parts = ok;
      executionNanos = nanoClock.getAsLong() - start;
    }
    committer.commit(parts, commit.certificate(), executionNanos);
    executed.clear();
    producer.onCommitted();
    return new Committed(block.number(), block.hash());
  }

  /**
   * Nothing is written and the engine stays at the height. An altered body is the sender's doing;
   * a certified body that does not execute means this node's state is not the one the validators
   * certified on, which no other copy will cure: that is logged at ERROR, and the node does not fork.
   */
  private ConsensusEvent commitFailed(Block block, BlockRejection rejection) {
    String reason = rejection.message();
    if (alteredBody(block, rejection)) {
      // The sender's misbehaviour, not ours: DEBUG, as for any peer fault.
      LOG.debug("Certified block #{} {} came with an altered body ({}); not committed", block.number(), block.hash(),
          reason);
    } else {
      LOG.error("Certified block #{} {} does not execute on this node: {}; not committed", block.number(),
          block.hash(), reason);
    }
    for (CommitFailureListener listener : commitFailures) {
      listener.commitFailed(block.number(), block.hash(), reason);
    }
    return new CommitFailed(block.number(), block.hash(), reason);
  }

  private void keep(Evidence found) {
    LOG.warn("Equivocation: {}", found);
    synchronized (evidence) {
      if (evidence.size() == MAX_EVIDENCE) {
        evidence.removeFirst();
      }
      evidence.addLast(found);
    }
    for (Consumer<Evidence> listener : evidenceListeners) {
      listener.accept(found);
    }
  }

  List<Evidence> evidence() {
    synchronized (evidence) {
      return List.copyOf(evidence);
    }
  }
}
