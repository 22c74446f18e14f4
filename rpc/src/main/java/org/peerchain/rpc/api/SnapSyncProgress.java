package org.peerchain.rpc.api;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * eth_syncing while a node fetches the state at {@code pivot} by snap sync, before it holds any
 * block: key-space ranges done of all, accounts and bytes proven so far, peers serving, and the
 * estimated seconds left when there is a rate to estimate from.
 */
public record SnapSyncProgress(long pivot, int rangesDone, int rangesTotal, long accounts, long bytes, int peers,
    OptionalLong etaSeconds) {
  public SnapSyncProgress {
    Objects.requireNonNull(etaSeconds, "etaSeconds");
    if (pivot < 0 || rangesDone < 0 || rangesTotal < rangesDone || accounts < 0 || bytes < 0 || peers < 0) {
      throw new IllegalArgumentException("snap sync progress out of range");
    }
  }
}
