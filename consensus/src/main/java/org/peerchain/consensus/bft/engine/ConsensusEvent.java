package org.peerchain.consensus.bft.engine;

import java.util.Objects;
import org.peerchain.consensus.bft.message.Proposal;
import org.peerchain.consensus.bft.message.Step;
import org.peerchain.consensus.bft.message.Vote;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.CommitCertificate;
import org.peerchain.core.types.Hash;

/** What the node feeds into the engine. */
public sealed interface ConsensusEvent {

  /** A proposal from the network (its signature is not trusted yet). */
  record ProposalReceived(Proposal proposal) implements ConsensusEvent {
    public ProposalReceived {
      Objects.requireNonNull(proposal, "proposal");
    }
  }

  /** A vote from the network (its signature is not trusted yet). */
  record VoteReceived(Vote vote) implements ConsensusEvent {
    public VoteReceived {
      Objects.requireNonNull(vote, "vote");
    }
  }

  /** A timeout the engine scheduled has expired. Stale ones (other height, round or step) are ignored. */
  record TimeoutFired(long height, int round, Step step) implements ConsensusEvent {
    public TimeoutFired {
      Objects.requireNonNull(step, "step");
    }
  }

  /** The delay of a {@link ConsensusAction.ScheduleRebroadcast} has passed. */
  record RebroadcastDue(long height, int round) implements ConsensusEvent {}

  /** The node's answer to {@link ConsensusAction.BuildBlock}: a block it built and found valid. */
  record BlockBuilt(long height, int round, Block block) implements ConsensusEvent {
    public BlockBuilt {
      Objects.requireNonNull(block, "block");
    }
  }

  /** The node's answer to {@link ConsensusAction.ExecuteBlock}. */
  record BlockExecuted(Hash blockHash, boolean valid, String reason) implements ConsensusEvent {
    public BlockExecuted {
      Objects.requireNonNull(blockHash, "blockHash");
      reason = reason == null ? "" : reason;
    }
  }

  /**
   * The node's answer to {@link ConsensusAction.ExecuteBlock} when the block's body does not match its
   * header (transactions root, size): whoever sent that copy altered it. The header may still be a
   * good block, so the engine forgets this body instead of finding the block invalid, and takes the
   * next copy that arrives.
   */
  record BodyMismatch(Block block, String reason) implements ConsensusEvent {
    public BodyMismatch {
      Objects.requireNonNull(block, "block");
      reason = reason == null ? "" : reason;
    }
  }

  /** The node's answer to {@link ConsensusAction.Commit}: the block is stored as the head; the engine moves on. */
  record Committed(long height, Hash blockHash) implements ConsensusEvent {
    public Committed {
      Objects.requireNonNull(blockHash, "blockHash");
    }
  }

  /**
   * The node's answer to {@link ConsensusAction.Commit} when the block did not execute here (its body
   * was altered, or this node's state is not the one the block was certified on). The engine stays
   * at the height, forgets that copy and waits for another (sync fetches it from another peer).
   */
  record CommitFailed(long height, Hash blockHash, String reason) implements ConsensusEvent {
    public CommitFailed {
      Objects.requireNonNull(blockHash, "blockHash");
      reason = reason == null ? "" : reason;
    }
  }

  /**
   * A block finalized elsewhere, with its certificate (from sync or a peer). The engine checks the
   * certificate and, if it is for the current height, commits the block and moves on.
   */
  record CommitReceived(Block block, CommitCertificate certificate) implements ConsensusEvent {
    public CommitReceived {
      Objects.requireNonNull(block, "block");
      Objects.requireNonNull(certificate, "certificate");
    }
  }
}
