package org.peerchain.consensus.execution;

import java.util.List;
import java.util.Objects;
import org.peerchain.consensus.ledger.TxRejection;
import org.peerchain.core.block.Block;
import org.peerchain.core.tx.Transaction;

/**
 * A block the proposer made, with what executing it does (so it need not be executed again) and
 * the candidates left out because the block rule refused them at that point.
 */
public record BuiltBlock(Block block, ExecutionResult.Executed executed, List<Skipped> skipped) {
  public BuiltBlock {
    Objects.requireNonNull(block, "block");
    Objects.requireNonNull(executed, "executed");
    skipped = List.copyOf(skipped);
  }

  /** A candidate left out, and why: e.g. a nonce gap, funds spent by an earlier one, no gas left. */
  public record Skipped(Transaction transaction, TxRejection rejection) {
    public Skipped {
      Objects.requireNonNull(transaction, "transaction");
      Objects.requireNonNull(rejection, "rejection");
    }
  }
}
