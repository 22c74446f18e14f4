package org.peerchain.p2p.protocol;

/**
 * Asks for {@code count} consecutive finalized blocks from height {@code from} (at least 1).
 * {@code requestId} is an unsigned 64-bit value carried in the long's bits (2^64-1 is -1), echoed
 * back unchanged. A {@code from} of 2^63 or more on the wire decodes as {@link Long#MAX_VALUE}:
 * beyond any chain we hold, so it is answered with no blocks.
 */
public record GetBlocks(long requestId, long from, int count) implements Message {
  public GetBlocks {
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
