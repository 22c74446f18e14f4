package org.peerchain.storage.trie;

/** A run of nibbles shared by every key below it, followed by a branch. */
final class ExtensionNode extends Node {
  final byte[] path;
  final Node child;

  ExtensionNode(byte[] path, Node child) {
    this.path = path;
    this.child = child;
    this.dirty = true;
  }
}
