package org.peerchain.storage.trie;

import org.peerchain.core.bytes.Bytes;

/** The end of a key: the remaining nibbles of the key and the value stored under it. */
final class LeafNode extends Node {
  final byte[] path;
  final Bytes value;

  LeafNode(byte[] path, Bytes value) {
    this.path = path;
    this.value = value;
    this.dirty = true;
  }
}
