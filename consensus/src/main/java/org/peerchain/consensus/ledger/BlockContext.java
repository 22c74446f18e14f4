package org.peerchain.consensus.ledger;

import java.util.Objects;
import org.peerchain.core.types.UInt256;

/**
 * What a transaction is checked against besides its sender's account.
 *
 * @param baseFee the base fee of the block the transaction is to enter
 * @param blockGasLimit that block's gas limit
 * @param gasUsedSoFar gas used by the transactions before it in the block; 0 for the tx pool
 * @param acceptsImpersonated a dev chain's: impersonated transactions pass without a signature
 */
public record BlockContext(long chainId, UInt256 baseFee, long blockGasLimit, long gasUsedSoFar,
    boolean acceptsImpersonated) {
  public BlockContext(long chainId, UInt256 baseFee, long blockGasLimit, long gasUsedSoFar) {
    this(chainId, baseFee, blockGasLimit, gasUsedSoFar, false);
  }

  public BlockContext {
    if (chainId <= 0) {
      throw new IllegalArgumentException("chain id must be positive, got " + chainId);
    }
    Objects.requireNonNull(baseFee, "baseFee");
    if (blockGasLimit < 0 || gasUsedSoFar < 0 || gasUsedSoFar > blockGasLimit) {
      throw new IllegalArgumentException(
          "need 0 <= gasUsedSoFar (" + gasUsedSoFar + ") <= blockGasLimit (" + blockGasLimit + ")");
    }
  }

  /** Context for a pool: the next block's base fee and gas limit, nothing used yet. */
  public static BlockContext pending(long chainId, UInt256 baseFee, long blockGasLimit) {
    return new BlockContext(chainId, baseFee, blockGasLimit, 0);
  }

  public long gasRemaining() {
    return blockGasLimit - gasUsedSoFar;
  }

  public BlockContext withGasUsedSoFar(long gasUsed) {
    return new BlockContext(chainId, baseFee, blockGasLimit, gasUsed, acceptsImpersonated);
  }

  /** The same context on a dev chain, which takes impersonated transactions without a signature. */
  public BlockContext acceptingImpersonated() {
    return new BlockContext(chainId, baseFee, blockGasLimit, gasUsedSoFar, true);
  }
}
