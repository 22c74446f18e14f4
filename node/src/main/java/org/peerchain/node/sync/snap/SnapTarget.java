package org.peerchain.node.sync.snap;

import java.util.List;
import java.util.Optional;
import org.peerchain.core.types.Hash;
import org.peerchain.node.sync.snap.KeySpace.KeyRange;
import org.peerchain.p2p.protocol.BlockWithCertificate;
import org.peerchain.storage.snap.AccountRange;

/** Where a snap sync keeps what it fetched and how far it got, so that a restart resumes. */
interface SnapTarget {
  /** An earlier run's pivot (height and state root) and the key ranges it had not fetched yet. */
  record Saved(long height, Hash stateRoot, List<KeyRange> missing) {}

  Optional<Saved> load();

  /**
   * Starts (or, for the saved pivot, resumes) the sync of the state at {@code height} with
   * {@code stateRoot}; another pivot forgets what was fetched for the old one.
   */
  void begin(long height, Hash stateRoot);

  /** Stores a range whose proof held and records keys {@code start} to {@code end} as done. */
  void write(AccountRange verified, Hash start, Hash end);

  /**
   * Builds the state trie from everything written, checks it against the pivot's root and starts
   * the chain at the pivot block.
   *
   * @throws IllegalStateException when the accounts written do not make the pivot's root
   */
  void finish(BlockWithCertificate pivot);
}
