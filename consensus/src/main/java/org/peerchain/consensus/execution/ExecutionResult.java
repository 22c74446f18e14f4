package org.peerchain.consensus.execution;

import java.util.List;
import java.util.Objects;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.Receipt;
import org.peerchain.storage.state.StateCommit;

/** What executing a block gave: the parts to commit, or why the block is invalid. */
public sealed interface ExecutionResult {

  /**
   * A valid block and what it does. Nothing is written yet: the caller passes these parts to
   * {@code ChainStore.commitBlock} and then the state commit to {@code WorldState.onCommitted}.
   * The state commit extends the world state's head at execution time, so it stays committable
   * as long as no other block was committed in between.
   */
  record Executed(Block block, List<Receipt> receipts, StateCommit stateCommit, long gasUsed)
      implements ExecutionResult {
    public Executed {
      Objects.requireNonNull(block, "block");
      receipts = List.copyOf(receipts);
      Objects.requireNonNull(stateCommit, "stateCommit");
    }
  }

  /** An invalid block; the state update it started was abandoned, so nothing changed. */
  record Rejected(BlockRejection reason) implements ExecutionResult {
    public Rejected {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
