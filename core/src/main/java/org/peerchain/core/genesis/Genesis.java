package org.peerchain.core.genesis;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.UInt256;

/**
 * The chain's starting point: its parameters, first validator set and funded accounts. Every
 * node of a chain must read the same genesis; its block hash is checked in the p2p handshake.
 *
 * @param timestamp seconds since the Unix epoch, the genesis block's timestamp
 * @param blockPeriodMs minimum time between blocks; 0 makes blocks as soon as transactions wait
 * @param emptyBlockPeriodMs longest time without a block when no transactions wait
 * @param alloc kept sorted by address, so that anything derived from it is deterministic
 */
public record Genesis(
    long chainId,
    long timestamp,
    long gasLimit,
    UInt256 initialBaseFeePerGas,
    long blockPeriodMs,
    long emptyBlockPeriodMs,
    Bytes extraData,
    List<GenesisValidator> validators,
    SortedMap<Address, GenesisAccount> alloc) {

  public static final long DEFAULT_TIMESTAMP = 0;
  public static final long DEFAULT_GAS_LIMIT = 30_000_000;
  public static final UInt256 DEFAULT_INITIAL_BASE_FEE = UInt256.valueOf(1_000_000_000L);
  public static final long DEFAULT_BLOCK_PERIOD_MS = 1_000;
  public static final long DEFAULT_EMPTY_BLOCK_PERIOD_MS = 10_000;
  /** The intrinsic gas of one transfer: a smaller gas limit could never hold a transaction. */
  public static final long MIN_GAS_LIMIT = 21_000;

  public Genesis {
    if (chainId <= 0) {
      throw new IllegalArgumentException("chainId must be positive, got " + chainId);
    }
    if (timestamp < 0) {
      throw new IllegalArgumentException("timestamp must not be negative, got " + timestamp);
    }
    if (gasLimit < MIN_GAS_LIMIT) {
      throw new IllegalArgumentException("gasLimit must be at least " + MIN_GAS_LIMIT + ", got " + gasLimit);
    }
    Objects.requireNonNull(initialBaseFeePerGas, "initialBaseFeePerGas");
    if (initialBaseFeePerGas.isZero()) {
      throw new IllegalArgumentException("initialBaseFeePerGas must be positive, got 0");
    }
    if (blockPeriodMs < 0) {
      throw new IllegalArgumentException("blockPeriodMs must not be negative, got " + blockPeriodMs);
    }
    if (emptyBlockPeriodMs <= 0 || emptyBlockPeriodMs < blockPeriodMs) {
      throw new IllegalArgumentException("emptyBlockPeriodMs must be positive and at least blockPeriodMs ("
          + blockPeriodMs + "), got " + emptyBlockPeriodMs);
    }
    Objects.requireNonNull(extraData, "extraData");
    if (extraData.size() > BlockHeader.MAX_EXTRA_DATA) {
      throw new IllegalArgumentException("extraData is at most 32 bytes, got " + extraData.size());
    }
    validators = List.copyOf(validators);
    if (validators.isEmpty()) {
      throw new IllegalArgumentException("at least one validator is required");
    }
    Set<Address> seen = new HashSet<>();
    long totalPower = 0;
    for (GenesisValidator v : validators) {
      if (!seen.add(v.address())) {
        throw new IllegalArgumentException("duplicate validator " + v.address());
      }
      try {
        totalPower = Math.addExact(totalPower, v.power());
      } catch (ArithmeticException e) {
        throw new IllegalArgumentException("total validator power overflows a long");
      }
    }
    alloc = Collections.unmodifiableSortedMap(new TreeMap<>(alloc));
  }

  /** A genesis with default parameters; the caller supplies what has no sensible default. */
  public static Genesis of(long chainId, List<GenesisValidator> validators, Map<Address, GenesisAccount> alloc) {
    return new Genesis(chainId, DEFAULT_TIMESTAMP, DEFAULT_GAS_LIMIT, DEFAULT_INITIAL_BASE_FEE,
        DEFAULT_BLOCK_PERIOD_MS, DEFAULT_EMPTY_BLOCK_PERIOD_MS, Bytes.EMPTY, validators, new TreeMap<>(alloc));
  }
}
