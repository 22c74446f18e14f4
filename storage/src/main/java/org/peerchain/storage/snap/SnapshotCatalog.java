package org.peerchain.storage.snap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.types.Hash;
import org.peerchain.storage.chain.ChainView;
import org.peerchain.storage.state.SnapshotRetention;
import org.peerchain.storage.state.StateHead;
import org.peerchain.storage.state.WorldState;

/**
 * The snapshots this node can serve now: the heights its {@link SnapshotRetention} keeps whose
 * state is still stored (none below a snap-synced node's pivot, none a restart with another
 * policy let pruning drop).
 */
public final class SnapshotCatalog {
  /** A servable snapshot: a block height and that block's state root. */
  public record Offer(long height, Hash stateRoot) {}

  private final WorldState state;
  private final LongFunction<Optional<Hash>> stateRootAt;

  /** {@code stateRootAt}: the canonical block's state root at a height, if the block is stored. */
  public SnapshotCatalog(WorldState state, LongFunction<Optional<Hash>> stateRootAt) {
    this.state = state;
    this.stateRootAt = stateRootAt;
  }

  public SnapshotCatalog(WorldState state, ChainView chain) {
    this(state, height -> chain.headerByNumber(height).map(BlockHeader::stateRoot));
  }

  /** Newest first. */
  public List<Offer> offered() {
    Optional<StateHead> head = state.head();
    if (head.isEmpty()) {
      return List.of();
    }
    List<Offer> offers = new ArrayList<>();
    for (long height : state.snapshotRetention().heights(head.get().blockNumber())) {
      stateRootAt.apply(height)
          .filter(state::isAvailable)
          .ifPresent(root -> offers.add(new Offer(height, root)));
    }
    return offers;
  }

  /** Whether {@code stateRoot} is the root of a snapshot offered now (what a server checks before reading). */
  public boolean offers(Hash stateRoot) {
    return offered().stream().anyMatch(offer -> offer.stateRoot().equals(stateRoot));
  }
}
