package org.peerchain.p2p.protocol;

/** Asks for {@code count} consecutive finalized blocks from height {@code from} (at least 1). */
public record GetBlocks(long requestId, long from, int count) implements Message {
  public GetBlocks {
    if (requestId < 0) {
      throw new IllegalArgumentException("request id must not be negative");
    }
    if (from < 1) {
      throw new IllegalArgumentException("blocks are requested from height 1 (genesis is never sent), got " + from);
    }
    if (count < 1 || count > ProtocolLimits.MAX_BLOCKS_PER_RESPONSE) {
      throw new IllegalArgumentException("count must be in 1.." + ProtocolLimits.MAX_BLOCKS_PER_RESPONSE + ", got " + count);
    }
  }

  @Override
  public MessageType type() {
    return MessageType.GET_BLOCKS;
  }
}
