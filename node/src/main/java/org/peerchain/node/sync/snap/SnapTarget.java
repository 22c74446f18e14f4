package org.peerchain.node.sync.snap;

import java.util.Map;
import java.util.Optional;
import org.peerchain.core.types.Hash;
import org.peerchain.p2p.protocol.BlockWithCertificate;
import org.peerchain.p2p.protocol.SnapshotHeight;
import org.peerchain.storage.snap.AccountRange;

/** Where a snap sync keeps what it fetched and how far it got, so that a restart resumes. */
interface SnapTarget {
  /** What an earlier run saved: its pivot and the parts still to fetch (next key by part index). */
  record Saved(SnapshotHeight pivot, int parts, Map<Integer, Hash> remaining) {}

  Optional<Saved> load();

  /** Starts over at {@code pivot}: forgets the ranges of any other pivot. */
  void begin(SnapshotHeight pivot, int parts);

  /** Stores a range whose proof held. */
  void write(AccountRange verified);

  /** Records the parts still to fetch, after the ranges written so far. */
  void saveRemaining(Map<Integer, Hash> remaining);

  /**
   * Builds the state trie from everything written, checks it against the pivot's root and starts
   * the chain at the pivot block.
   *
   * @throws IllegalStateException when the accounts written do not make the pivot's root
   */
  void finish(BlockWithCertificate pivot);
}
