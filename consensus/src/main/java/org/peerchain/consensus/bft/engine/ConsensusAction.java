package org.peerchain.consensus.bft.engine;

import java.util.Objects;
import org.peerchain.consensus.bft.message.ConsensusMessage;
import org.peerchain.consensus.bft.message.Step;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.CommitCertificate;

/** What the engine asks the node to do, in the order given. */
public sealed interface ConsensusAction {

  /** Send a signed message to all peers. The engine has already taken it into account itself. */
  record Broadcast(ConsensusMessage message) implements ConsensusAction {
    public Broadcast {
      Objects.requireNonNull(message, "message");
    }
  }

  /** Feed {@code TimeoutFired(height, round, step)} back after {@code delayMs}. */
  record ScheduleTimeout(long height, int round, Step step, long delayMs) implements ConsensusAction {
    public ScheduleTimeout {
      Objects.requireNonNull(step, "step");
    }
  }

  /**
   * Feed {@code RebroadcastDue(height, round)} back after {@code delayMs}. The engine then repeats
   * its own messages of the round: the algorithm assumes every message eventually arrives, which a
   * lossy network only gives if senders repeat themselves. Repeated Broadcasts are identical on
   * purpose and must be sent again, not suppressed as already seen.
   */
  record ScheduleRebroadcast(long height, int round, long delayMs) implements ConsensusAction {}

  /** This validator proposes at (height, round) and has no valid block: build one, answer BlockBuilt. */
  record BuildBlock(long height, int round) implements ConsensusAction {}

  /**
   * Validate and execute without committing, answer BlockExecuted; answer BodyMismatch instead when
   * the body does not match the header (then the copy, not the block, is bad).
   */
  record ExecuteBlock(Block block) implements ConsensusAction {
    public ExecuteBlock {
      Objects.requireNonNull(block, "block");
    }
  }

  /**
   * The block is final: commit it with its certificate, then answer {@code Committed}, or
   * {@code CommitFailed} if it does not execute here. The engine enters the next height only on
   * {@code Committed}, so it never runs ahead of the chain; until the answer it takes no step.
   */
  record Commit(Block block, CommitCertificate certificate) implements ConsensusAction {
    public Commit {
      Objects.requireNonNull(block, "block");
      Objects.requireNonNull(certificate, "certificate");
    }
  }

  /** A validator signed two conflicting messages. */
  record EvidenceFound(Evidence evidence) implements ConsensusAction {
    public EvidenceFound {
      Objects.requireNonNull(evidence, "evidence");
    }
  }
}
