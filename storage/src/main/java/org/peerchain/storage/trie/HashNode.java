package org.peerchain.storage.trie;

import org.peerchain.core.types.Hash;

/** A child known only by its hash: stored, not loaded yet. */
final class HashNode extends Node {
  HashNode(Hash hash) {
    this.hash = hash;
  }
}
