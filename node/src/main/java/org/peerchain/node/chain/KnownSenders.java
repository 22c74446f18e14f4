package org.peerchain.node.chain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.BlockBody;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.types.Hash;

/**
 * A proposed block arrives freshly decoded, so every transaction in it would have its sender
 * recovered again, the most expensive step of execution. Most of them are already in this node's
 * pool, where the sender was recovered on admission: those pooled copies stand in for them. The
 * copies are the same signed bytes (same hash), so the block and its hash do not change.
 */
public final class KnownSenders {
  private final Function<Hash, Optional<Transaction>> pooled;

  public KnownSenders(Function<Hash, Optional<Transaction>> pooled) {
    this.pooled = pooled;
  }

  public Block reuse(Block block) {
    List<Transaction> txs = block.transactions();
    List<Transaction> out = new ArrayList<>(txs.size());
    boolean replaced = false;
    for (Transaction tx : txs) {
      Optional<Transaction> known = pooled.apply(tx.hash());
      if (known.isPresent() && known.get() != tx) {
        out.add(known.get());
        replaced = true;
      } else {
        out.add(tx);
      }
    }
    return replaced ? new Block(block.header(), new BlockBody(out)) : block;
  }
}
