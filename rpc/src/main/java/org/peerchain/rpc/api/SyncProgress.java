package org.peerchain.rpc.api;

import java.util.Objects;
import java.util.Optional;

/**
 * eth_syncing while a node catches up: where it started, where it is, the best head its peers know;
 * with {@code snap} while it is still fetching state by snap sync and holds no block yet.
 */
public record SyncProgress(long startingBlock, long currentBlock, long highestBlock, Optional<SnapSyncProgress> snap) {
  public SyncProgress {
    Objects.requireNonNull(snap, "snap");
    if (startingBlock < 0 || currentBlock < 0 || highestBlock < 0) {
      throw new IllegalArgumentException("sync block numbers must not be negative");
    }
  }

  /** Block sync: blocks from {@code startingBlock} to {@code highestBlock}. */
  public SyncProgress(long startingBlock, long currentBlock, long highestBlock) {
    this(startingBlock, currentBlock, highestBlock, Optional.empty());
  }

  /** Snap sync towards {@code snap}'s pivot, no block held yet. */
  public static SyncProgress snap(SnapSyncProgress snap) {
    return new SyncProgress(0, 0, snap.pivot(), Optional.of(snap));
  }
}
