package org.peerchain.consensus.execution;

import static org.peerchain.consensus.execution.BlockRejection.Reason.BLOCK_TOO_LARGE;
import static org.peerchain.consensus.execution.BlockRejection.Reason.TRANSACTIONS_ROOT_MISMATCH;

import java.util.Optional;
import org.peerchain.core.block.Block;
import org.peerchain.core.types.Hash;

/**
 * Whether a block's body is one its header allows: within the size limit, and with the transactions
 * root the header declares. The header's hash, its certificate and the proposer's signature all
 * cover the header only, so anyone who passes a block on can swap its body and keep them valid; a
 * root mismatch is the fault of whoever sent that copy, never of the block. The size is checked
 * first, so an oversized body costs no hashing.
 */
public final class BodyCheck {
  private BodyCheck() {}

  /** Why this body does not belong to its header, or empty when it does. */
  public static Optional<BlockRejection> check(Block block, ChainRules rules) {
    long size = BlockSize.of(block);
    if (size > rules.maxBlockBytes()) {
      return Optional.of(BlockRejection.of(BLOCK_TOO_LARGE, size + " bytes, at most " + rules.maxBlockBytes()));
    }
    return rootMismatch(block);
  }

  /** The transactions root alone: empty when the body is the one the header commits to. */
  public static Optional<BlockRejection> rootMismatch(Block block) {
    Hash declared = block.header().transactionsRoot();
    Hash computed = BlockRoots.transactionsRoot(block.transactions());
    return declared.equals(computed)
        ? Optional.empty()
        : Optional.of(BlockRejection.of(TRANSACTIONS_ROOT_MISMATCH, "header says " + declared + ", computed " + computed));
  }
}
