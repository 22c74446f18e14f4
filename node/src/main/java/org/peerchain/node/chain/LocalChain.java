package org.peerchain.node.chain;

import java.util.Objects;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.storage.chain.ChainStore;
import org.peerchain.storage.state.WorldState;

/** The node's chain store and world state, with the head's header at hand (every block builds on it). */
public final class LocalChain {
  private final ChainStore chain;
  private final WorldState state;
  private volatile BlockHeader head;

  public LocalChain(ChainStore chain, WorldState state) {
    this.chain = chain;
    this.state = state;
    this.head = chain.header(chain.head().hash())
        .orElseThrow(() -> new IllegalStateException("the chain store has no header for its head " + chain.head()));
  }

  public ChainStore chain() {
    return chain;
  }

  public WorldState state() {
    return state;
  }

  public BlockHeader head() {
    return head;
  }

  void advance(BlockHeader newHead) {
    Objects.requireNonNull(newHead, "newHead");
    head = newHead;
  }
}
