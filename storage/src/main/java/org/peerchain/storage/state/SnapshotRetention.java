package org.peerchain.storage.state;

import java.util.ArrayList;
import java.util.List;

/**
 * Which recent states stay readable for snap sync peers beyond the pruning window: the states at
 * every {@code interval}-th block, the newest {@code keep} of them. While a state is kept, pruning
 * releases nothing replaced after it, so the states between it and the head stay too; once
 * {@code keep} newer snapshot heights exist, it is released and pruning catches up gradually.
 */
public record SnapshotRetention(long interval, int keep) {
  /** Keeps nothing beyond the pruning window. */
  public static final SnapshotRetention NONE = new SnapshotRetention(1, 0);

  public SnapshotRetention {
    if (interval < 1) {
      throw new IllegalArgumentException("snapshot interval must be at least 1 block, got " + interval);
    }
    if (keep < 0) {
      throw new IllegalArgumentException("snapshot count must not be negative, got " + keep);
    }
  }

  public static SnapshotRetention every(long interval, int keep) {
    return new SnapshotRetention(interval, keep);
  }

  /**
   * The snapshot heights with the head at {@code head}, newest first. A node offers those whose
   * state it has (a node that joined by snap sync has none below its pivot).
   */
  public List<Long> heights(long head) {
    List<Long> heights = new ArrayList<>(keep);
    for (long height = head - Math.floorMod(head, interval); heights.size() < keep && height >= 0; height -= interval) {
      heights.add(height);
    }
    return heights;
  }

  /** The oldest kept height, or {@link Long#MAX_VALUE} if none is kept. */
  long oldestKept(long head) {
    List<Long> heights = heights(head);
    return heights.isEmpty() ? Long.MAX_VALUE : heights.get(heights.size() - 1);
  }

  @Override
  public String toString() {
    return keep == 0 ? "no snapshots" : "every " + interval + " blocks, keep " + keep;
  }
}
