package org.peerchain.node.netadapter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.types.Hash;
import org.peerchain.node.chain.LocalChain;
import org.peerchain.p2p.api.RangeAnswer;
import org.peerchain.p2p.protocol.AccountEntry;
import org.peerchain.p2p.protocol.SnapshotHeight;
import org.peerchain.storage.snap.AccountRange;
import org.peerchain.storage.snap.AccountRangeReader;
import org.peerchain.storage.snap.SnapshotCatalog;
import org.peerchain.storage.state.StateUnavailableException;

/**
 * The state this node serves to snap-syncing peers: the snapshots its world state's retention
 * keeps (every N-th height, the newest K whose state is stored), read straight from the state
 * trie. Only those roots are served, so peers cannot use the node as a reader of arbitrary old
 * state.
 */
final class SnapshotServing {
  private final LocalChain chain;
  private final AccountRangeReader reader;
  private final SnapshotCatalog catalog;

  SnapshotServing(LocalChain chain, AccountRangeReader reader) {
    this.chain = chain;
    this.reader = reader;
    this.catalog = new SnapshotCatalog(chain.state(), chain.chain());
  }

  /** Ascending. */
  List<SnapshotHeight> heights() {
    List<SnapshotHeight> out = new ArrayList<>();
    for (SnapshotCatalog.Offer offer : catalog.offered()) {
      if (offer.height() < 1) {
        continue; // genesis: every node has its state already
      }
      Optional<BlockHeader> header = chain.chain().headerByNumber(offer.height());
      header.filter(h -> h.stateRoot().equals(offer.stateRoot()))
          .ifPresent(h -> out.add(0, new SnapshotHeight(offer.height(), h.hash(), offer.stateRoot())));
    }
    return out;
  }

  Optional<RangeAnswer> range(Hash root, Hash start, Hash limit, int byteBudget) {
    if (!catalog.offers(root)) {
      return Optional.empty();
    }
    AccountRange range;
    try {
      range = reader.read(root, start, limit, byteBudget);
    } catch (StateUnavailableException e) {
      return Optional.empty(); // released between the check and the read
    }
    List<AccountEntry> accounts = range.entries().stream()
        .map(e -> new AccountEntry(e.keyHash(), e.accountRlp())).toList();
    return Optional.of(new RangeAnswer(accounts, range.proof()));
  }
}
