package org.peerchain.rpc.methods.ots;

import java.util.List;
import java.util.Optional;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.Receipt;
import org.peerchain.rpc.api.ChainAccess;

/** A finalized block and its receipts, which are written in the same batch. */
record BlockWithReceipts(Block block, List<Receipt> receipts) {
  static Optional<BlockWithReceipts> read(ChainAccess chain, Optional<Block> block) {
    return block.map(b -> new BlockWithReceipts(b, chain.receipts(b.hash()).orElseThrow(
        () -> new IllegalStateException("block " + b.number() + " " + b.hash() + " has no receipts"))));
  }
}
