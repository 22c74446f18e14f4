package org.peerchain.node.config;

/**
 * How a node joins and what state it serves. {@code mode} SNAP lets a node with an empty data
 * directory fetch a recent certified state from its peers instead of replaying every block, when
 * its peers' head is more than {@code snapMinGap} blocks ahead; FULL always replays from genesis.
 * Every node serves the state at each {@code snapshotInterval}-th height, the newest
 * {@code snapshotsKept} of them. A snap-syncing node asks for {@code rangeBytes} of accounts per
 * request.
 */
public record SyncSettings(Mode mode, long snapMinGap, long snapshotInterval, int snapshotsKept, int rangeBytes) {
  /** Accounts per range request: large enough to amortize a round trip and a proof, small enough to spread. */
  public static final int DEFAULT_RANGE_BYTES = 512 * 1024;
  public enum Mode { SNAP, FULL }

  /** Replays from genesis, serves snapshots every 1,000 blocks (kept: 2): what a node built in code gets. */
  public static final SyncSettings FULL_DEFAULTS = new SyncSettings(Mode.FULL, 1_000, 1_000, 2, DEFAULT_RANGE_BYTES);

  public SyncSettings {
    if (mode == null) {
      throw new IllegalArgumentException("sync mode is required");
    }
    if (snapMinGap < 0) {
      throw new IllegalArgumentException("the snap gap must not be negative, got " + snapMinGap);
    }
    if (snapshotInterval < 1) {
      throw new IllegalArgumentException("the snapshot interval must be at least 1, got " + snapshotInterval);
    }
    if (snapshotsKept < 0 || snapshotsKept > 16) {
      throw new IllegalArgumentException("snapshots kept must be in 0..16, got " + snapshotsKept);
    }
    if (rangeBytes < 1) {
      throw new IllegalArgumentException("range bytes must be at least 1, got " + rangeBytes);
    }
  }

  public SyncSettings withMode(Mode m) {
    return new SyncSettings(m, snapMinGap, snapshotInterval, snapshotsKept, rangeBytes);
  }
}
