package org.peerchain.storage.trie;

import org.peerchain.core.bytes.Bytes;

/** Sixteen children, one per next nibble, and the value of a key that ends here (or null). */
final class BranchNode extends Node {
  /** Never written after construction, so updated branches may share it with their original. */
  final Node[] children;
  final Bytes value;

  BranchNode(Node[] children, Bytes value) {
    this.children = children;
    this.value = value;
    this.dirty = true;
  }
}
