package org.peerchain.storage.state;

import java.util.List;
import java.util.function.Supplier;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.Keccak;
import org.peerchain.core.types.Address;
import org.peerchain.storage.kv.KeyValueStore;
import org.peerchain.storage.kv.WriteBatch;
import org.peerchain.storage.schema.Schema;
import org.peerchain.storage.trie.MissingTrieNodeException;

/**
 * Runs a trie walk for one account and, when it reaches a node that is not stored, fetches the
 * account's path from the {@link PathSource}, stores it and walks once more.
 *
 * <p>Why the base state's path is enough at any later root: every local root descends from the
 * base root by updates, and an update keeps the subtrees it does not touch by reference. Walking
 * towards an address from a local root therefore leaves the local nodes only into a base node that
 * lies on that address's own base path. Stored nodes are content addressed (key = keccak of the
 * value), so writing them outside a block batch cannot change any state, only make more of it readable.
 */
final class LazyPaths {
  private final KeyValueStore store;
  private final PathSource source;

  LazyPaths(KeyValueStore store, PathSource source) {
    this.store = store;
    this.source = source;
  }

  <T> T read(Address address, Supplier<T> walk) {
    try {
      return walk.get();
    } catch (MissingTrieNodeException missing) {
      fill(address);
      try {
        return walk.get();
      } catch (MissingTrieNodeException again) {
        throw new UnprovenStateException(address, "the proven path does not reach trie node " + again.hash(), again);
      }
    }
  }

  private void fill(Address address) {
    List<Bytes> nodes;
    try {
      nodes = source.path(address);
    } catch (UnprovenStateException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new UnprovenStateException(address, e.getMessage(), e);
    }
    try (WriteBatch batch = store.newBatch()) {
      for (Bytes node : nodes) {
        batch.put(Schema.TRIE_NODES, Keccak.hash(node), node);
      }
      batch.commit();
    }
  }
}
