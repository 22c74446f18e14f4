package org.peerchain.node.validator;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
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
import org.peerchain.consensus.bft.engine.ConsensusEvent.RebroadcastDue;
import org.peerchain.consensus.bft.engine.ConsensusEvent.TimeoutFired;
import org.peerchain.consensus.bft.engine.ConsensusEvent;
import org.peerchain.consensus.bft.engine.Evidence;
import org.peerchain.consensus.execution.BlockExecutor;
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

/** Carries out the engine's actions on the consensus loop thread. */
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
      commit(commit);
    } else if (action instanceof EvidenceFound found) {
      keep(found.evidence());
    }
    return List.of();
  }

  private BlockExecuted execute(Block block) {
    if (executed.get(block.hash()).isPresent()) {
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
    String reason = ((Rejected) result).reason().message();
    LOG.debug("Proposed block {} {} is invalid: {}", block.number(), block.hash(), reason);
    return new BlockExecuted(block.hash(), false, reason);
  }

  private void commit(Commit commit) {
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
        // A certified block that does not execute here means this node's state diverged: stop rather than fork.
        throw new IllegalStateException("certified block " + block.number() + " " + block.hash()
            + " does not execute on this node: " + ((Rejected) result).reason().message());
      }
      parts = ok;
      executionNanos = nanoClock.getAsLong() - start;
    }
    committer.commit(parts, commit.certificate(), executionNanos);
    executed.clear();
    producer.onCommitted();
  }

  private void keep(Evidence found) {
    LOG.warn("Equivocation: {}", found);
    synchronized (evidence) {
      if (evidence.size() == MAX_EVIDENCE) {
        evidence.removeFirst();
      }
      evidence.addLast(found);
    }
  }

  List<Evidence> evidence() {
    synchronized (evidence) {
      return List.copyOf(evidence);
    }
  }
}
