package org.peerchain.storage.trie;

/** Hands the encodings of new, hashed nodes to a sink and marks them clean. */
final class NodeCommitter {
  private NodeCommitter() {}

  /** The trie must have been hashed. Clean subtrees are skipped: everything below them is stored. */
  static void commit(Node root, TrieNodeSink sink) {
    emit(root, sink, true);
  }

  /**
   * Like {@link #commit} for a subtree that hangs below a parent: an embedded top node is left for
   * the parent's encoding instead of being stored on its own.
   */
  static void commitSubtree(Node node, TrieNodeSink sink) {
    emit(node, sink, false);
  }

  private static void emit(Node node, TrieNodeSink sink, boolean isRoot) {
    if (node == null || !node.dirty) {
      return;
    }
    if (node instanceof ExtensionNode extension) {
      emit(extension.child, sink, false);
    } else if (node instanceof BranchNode branch) {
      for (Node child : branch.children) {
        emit(child, sink, false);
      }
    }
    boolean embedded = node.isEmbedded();
    // An embedded node is stored inside its parent; a root is stored on its own whatever its size,
    // so the trie can be reopened from its root hash.
    if (!embedded || isRoot) {
      sink.put(node.hash, node.encoding);
    }
    if (!embedded) {
      node.encoding = null;
    }
    node.dirty = false;
  }
}
