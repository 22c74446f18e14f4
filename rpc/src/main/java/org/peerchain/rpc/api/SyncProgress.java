package org.peerchain.rpc.api;

/** eth_syncing while a node catches up: where it started, where it is, the best head its peers know. */
public record SyncProgress(long startingBlock, long currentBlock, long highestBlock) {
  public SyncProgress {
    if (startingBlock < 0 || currentBlock < 0 || highestBlock < 0) {
      throw new IllegalArgumentException("sync block numbers must not be negative");
    }
  }
}
