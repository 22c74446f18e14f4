package org.peerchain.storage.trie;

import java.util.Optional;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Hash;

/** Reads stored trie nodes (RLP) by hash; implemented by the key-value layer. */
@FunctionalInterface
public interface TrieNodeLoader {
  /** A loader over an empty store, for tries built from scratch in memory. */
  TrieNodeLoader NONE = hash -> Optional.empty();

  Optional<Bytes> load(Hash hash);
}
