package org.peerchain.storage.state;

import java.util.List;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Address;

/**
 * Where a lazily filled world state gets the trie paths it has not stored yet: for a fork of
 * another chain, an account's path in the forked state, proven by the upstream node. The world
 * state stores the nodes by their own hashes and only ever follows a node under the hash its parent
 * names, so a node that does not belong to the state is never read as part of it; implementations
 * still check what they return, to fail with a clear reason.
 */
@FunctionalInterface
public interface PathSource {
  /**
   * The encoded trie nodes from the base state root along {@code address}'s path, root first.
   *
   * @throws RuntimeException with a message a user can act on when the path cannot be fetched or
   *     does not prove
   */
  List<Bytes> path(Address address);
}
