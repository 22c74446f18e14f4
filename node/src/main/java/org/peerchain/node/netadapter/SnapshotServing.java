package org.peerchain.node.netadapter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.types.Hash;
import org.peerchain.node.chain.LocalChain;
import org.peerchain.node.config.SyncSettings;
import org.peerchain.p2p.api.RangeAnswer;
import org.peerchain.p2p.protocol.AccountEntry;
import org.peerchain.p2p.protocol.SnapshotHeight;
import org.peerchain.storage.snap.AccountRange;
import org.peerchain.storage.snap.AccountRangeReader;
import org.peerchain.storage.state.StateUnavailableException;

/**
 * The state this node serves to snap-syncing peers: every {@code snapshotInterval}-th height, the
 * newest {@code snapshotsKept} whose state is still stored, read straight from the state trie.
 * Only those roots are served, so peers cannot use the node as a reader of arbitrary old state.
 */
final class SnapshotServing {
  private final LocalChain chain;
  private final AccountRangeReader reader;
  private final long interval;
  private final int kept;

  SnapshotServing(LocalChain chain, AccountRangeReader reader, SyncSettings settings) {
    this.chain = chain;
    this.reader = reader;
    this.interval = settings.snapshotInterval();
    this.kept = settings.snapshotsKept();
  }

  /** Ascending. */
  List<SnapshotHeight> heights() {
    List<SnapshotHeight> out = new ArrayList<>();
    long head = chain.head().number();
    for (long h = head / interval * interval; h >= 1 && out.size() < kept; h -= interval) {
      Optional<BlockHeader> header = chain.chain().headerByNumber(h);
      if (header.isEmpty() || !chain.state().isAvailable(header.get().stateRoot())) {
        break; // older ones are gone too (pruned, or below a snap-synced node's first block)
      }
      out.add(0, new SnapshotHeight(h, header.get().hash(), header.get().stateRoot()));
    }
    return out;
  }

  Optional<RangeAnswer> range(Hash root, Hash start, Hash limit, int byteBudget) {
    if (heights().stream().noneMatch(h -> h.stateRoot().equals(root))) {
      return Optional.empty();
    }
    AccountRange range;
    try {
      range = reader.read(root, start, limit, byteBudget);
    } catch (StateUnavailableException e) {
      return Optional.empty(); // pruned between the check and the read
    }
    List<AccountEntry> accounts = range.entries().stream()
        .map(e -> new AccountEntry(e.keyHash(), e.accountRlp())).toList();
    return Optional.of(new RangeAnswer(accounts, range.proof()));
  }
}
