package org.peerchain.storage.trie;

import org.peerchain.core.types.Hash;

/** A node the trie references is not in the store: pruned, never written, or the root is unknown. */
public final class MissingTrieNodeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Hash hash;

  public MissingTrieNodeException(Hash hash) {
    super("trie node " + hash + " not found");
    this.hash = hash;
  }

  public Hash hash() {
    return hash;
  }
}
