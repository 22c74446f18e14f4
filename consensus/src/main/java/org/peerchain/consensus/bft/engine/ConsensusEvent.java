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
