package org.peerchain.testnet.layout;

/**
 * What {@code testnet up} is asked to create.
 *
 * @param genesisTimestamp seconds, the genesis block's timestamp (given, so layouts are repeatable)
 */
public record LayoutSpec(int validators, int fullNodes, int basePort, long chainId, long blockPeriodMs,
    long emptyBlockPeriodMs, int accounts, long balanceEth, int heapMb, long genesisTimestamp, boolean linkFaults) {
  public static final int MAX_NODES = 64;
  public static final int MAX_ACCOUNTS = 1_000;

  /** @throws IllegalArgumentException naming the option that is out of range */
  public LayoutSpec {
    if (validators < 1 || validators > MAX_NODES) {
      throw new IllegalArgumentException("invalid value for --validators: " + validators + " (1-" + MAX_NODES + ")");
    }
    if (fullNodes < 0 || validators + fullNodes > MAX_NODES) {
      throw new IllegalArgumentException("invalid value for --full-nodes: " + fullNodes + " (0-"
          + (MAX_NODES - validators) + " beside " + validators + " validators)");
    }
    PortPlan.check(basePort, validators + fullNodes);
    if (chainId <= 0) {
      throw new IllegalArgumentException("invalid value for --chain-id: " + chainId + " must be positive");
    }
    if (blockPeriodMs < 0) {
      throw new IllegalArgumentException("invalid value for --block-period: " + blockPeriodMs + " must not be negative");
    }
    if (emptyBlockPeriodMs <= 0 || emptyBlockPeriodMs < blockPeriodMs) {
      throw new IllegalArgumentException("invalid value for --empty-block-period: " + emptyBlockPeriodMs
          + " (positive, and at least --block-period " + blockPeriodMs + ")");
    }
    if (accounts < 1 || accounts > MAX_ACCOUNTS) {
      throw new IllegalArgumentException("invalid value for --accounts: " + accounts + " (1-" + MAX_ACCOUNTS + ")");
    }
    if (balanceEth < 0) {
      throw new IllegalArgumentException("invalid value for --balance: " + balanceEth + " must not be negative");
    }
    if (linkFaults) {
      org.peerchain.testnet.links.LinkRoutes.check(validators + fullNodes);
    }
    if (heapMb < 64) {
      throw new IllegalArgumentException("invalid value for --heap: " + heapMb + " MiB (at least 64)");
    }
  }

  /** Nodes that reach each other directly. */
  public LayoutSpec(int validators, int fullNodes, int basePort, long chainId, long blockPeriodMs,
      long emptyBlockPeriodMs, int accounts, long balanceEth, int heapMb, long genesisTimestamp) {
    this(validators, fullNodes, basePort, chainId, blockPeriodMs, emptyBlockPeriodMs, accounts, balanceEth, heapMb,
        genesisTimestamp, false);
  }

  public int nodes() {
    return validators + fullNodes;
  }
}
