package org.peerchain.p2p.protocol;

import java.util.List;

/**
 * The answer to GetSnapshotHeights: at most {@link ProtocolLimits#MAX_SNAPSHOT_HEIGHTS} heights,
 * strictly ascending, possibly none.
 */
public record SnapshotHeights(long requestId, List<SnapshotHeight> heights) implements Message {
  public SnapshotHeights {
    heights = List.copyOf(heights);
    if (heights.size() > ProtocolLimits.MAX_SNAPSHOT_HEIGHTS) {
      throw new IllegalArgumentException("at most " + ProtocolLimits.MAX_SNAPSHOT_HEIGHTS + " snapshot heights, got "
          + heights.size());
    }
    for (int i = 1; i < heights.size(); i++) {
      if (heights.get(i).height() <= heights.get(i - 1).height()) {
        throw new IllegalArgumentException("snapshot heights must be strictly ascending");
      }
    }
  }

  @Override
  public MessageType type() {
    return MessageType.SNAPSHOT_HEIGHTS;
  }
}
