package org.peerchain.p2p.protocol;

import java.util.List;

/**
 * The answer to GetBlocks with the same request id (unsigned 64-bit, in the long's bits): a prefix
 * of the asked range, possibly empty.
 */
public record Blocks(long requestId, List<BlockWithCertificate> blocks) implements Message {
  public Blocks {
    blocks = List.copyOf(blocks);
    if (blocks.size() > ProtocolLimits.MAX_BLOCKS_PER_RESPONSE) {
      throw new IllegalArgumentException("at most " + ProtocolLimits.MAX_BLOCKS_PER_RESPONSE + " blocks, got " + blocks.size());
    }
  }

  @Override
  public MessageType type() {
    return MessageType.BLOCKS;
  }
}
