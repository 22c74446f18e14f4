package org.peerchain.consensus.sim;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.BlockBody;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;

/**
 * Real blocks for the simulation and the deterministic validity function standing in for execution:
 * a block is valid when it extends the node's head and carries no invalid marker.
 */
final class SimBlocks {
  static final Hash GENESIS = Hash.wrap(new byte[32]);
  private static final String INVALID = "INVALID";

  private SimBlocks() {}

  static Block build(Hash parent, long height, int round, Address proposer, long timeMs, String variant, boolean invalid) {
    String extra = (invalid ? INVALID : "") + "r" + round + variant;
    BlockHeader header = BlockHeader.builder().parentHash(parent).number(height).coinbase(proposer)
        .timestamp(timeMs / 1000).gasLimit(30_000_000).baseFeePerGas(UInt256.valueOf(1_000_000_000L))
        .extraData(Bytes.wrap(extra.getBytes(StandardCharsets.US_ASCII))).build();
    return new Block(header, BlockBody.EMPTY);
  }

  /** Why {@code block} is invalid on a node whose head is {@code head} at {@code height - 1}, or empty. */
  static Optional<String> invalidReason(Block block, Hash head, long height) {
    if (block.number() != height) {
      return Optional.of("number " + block.number() + " is not " + height);
    }
    if (!block.header().parentHash().equals(head)) {
      return Optional.of("parent " + block.header().parentHash() + " is not the head " + head);
    }
    if (new String(block.header().extraData().toArray(), StandardCharsets.US_ASCII).startsWith(INVALID)) {
      return Optional.of("marked invalid");
    }
    return Optional.empty();
  }
}
