package org.peerchain.consensus.execution;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.peerchain.consensus.ledger.BaseFeeCalculator;
import org.peerchain.core.genesis.Genesis;
import org.peerchain.core.genesis.GenesisValidator;
import org.peerchain.core.types.Address;

/**
 * The consensus parameters a block is checked against. Every node of a chain must use the same
 * values, so they come from the genesis ({@link #of}); the size and drift limits have defaults a
 * node may tune (they only decide what a node accepts, not what a valid chain is made of).
 *
 * <p>Gas limit rule: every block's gas limit equals the chain's configured {@code gasLimit}
 * (the genesis'). Ethereum lets proposers move it by parent/1024 per block as a vote; with a fixed
 * validator set there is nobody to vote with, and a fixed limit makes the block budget, the base
 * fee target and the tx pool's admission rule the same on every node at every height.
 *
 * @param maxBlockBytes largest accepted RLP encoding of a whole block (header and body)
 * @param maxFutureDriftSeconds how far a block's timestamp may be ahead of the local clock
 * @param validatorAddresses who may be a block's coinbase (the proposer)
 */
public record ChainRules(
    long chainId,
    long gasLimit,
    int maxBlockBytes,
    long maxFutureDriftSeconds,
    Set<Address> validatorAddresses,
    BaseFeeCalculator baseFees) {

  public static final int DEFAULT_MAX_BLOCK_BYTES = 8 * 1024 * 1024;
  /** geth's allowance for a block ahead of the local clock. */
  public static final long DEFAULT_MAX_FUTURE_DRIFT_SECONDS = 15;

  public ChainRules {
    if (chainId <= 0) {
      throw new IllegalArgumentException("chain id must be positive, got " + chainId);
    }
    if (gasLimit < Genesis.MIN_GAS_LIMIT) {
      throw new IllegalArgumentException("gas limit must be at least " + Genesis.MIN_GAS_LIMIT + ", got " + gasLimit);
    }
    if (maxBlockBytes < BlockSize.MIN_LIMIT) {
      throw new IllegalArgumentException(
          "max block bytes must be at least " + BlockSize.MIN_LIMIT + " (an empty block), got " + maxBlockBytes);
    }
    if (maxFutureDriftSeconds < 0) {
      throw new IllegalArgumentException("max future drift must not be negative, got " + maxFutureDriftSeconds);
    }
    validatorAddresses = Set.copyOf(validatorAddresses);
    if (validatorAddresses.isEmpty()) {
      throw new IllegalArgumentException("at least one validator is required");
    }
    Objects.requireNonNull(baseFees, "baseFees");
  }

  /** The rules of the chain {@code genesis} starts, with the default size and drift limits. */
  public static ChainRules of(Genesis genesis) {
    Set<Address> validators = genesis.validators().stream().map(GenesisValidator::address).collect(Collectors.toSet());
    return new ChainRules(genesis.chainId(), genesis.gasLimit(), DEFAULT_MAX_BLOCK_BYTES,
        DEFAULT_MAX_FUTURE_DRIFT_SECONDS, validators, new BaseFeeCalculator());
  }

  public ChainRules withMaxBlockBytes(int bytes) {
    return new ChainRules(chainId, gasLimit, bytes, maxFutureDriftSeconds, validatorAddresses, baseFees);
  }

  public ChainRules withMaxFutureDriftSeconds(long seconds) {
    return new ChainRules(chainId, gasLimit, maxBlockBytes, seconds, validatorAddresses, baseFees);
  }

  public boolean isValidator(Address address) {
    return validatorAddresses.contains(address);
  }
}
