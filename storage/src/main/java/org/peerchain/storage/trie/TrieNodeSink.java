package org.peerchain.storage.trie;

import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Hash;

/** Receives the nodes a commit creates; typically a write batch of the key-value layer. */
@FunctionalInterface
public interface TrieNodeSink {
  /** A sink that drops everything, for roots that are computed but never stored. */
  TrieNodeSink DISCARD = (hash, encodedNode) -> {};

  void put(Hash hash, Bytes encodedNode);
}
