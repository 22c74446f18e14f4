package org.peerchain.storage.trie;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import org.peerchain.core.crypto.Keccak;
import org.peerchain.core.types.Hash;

/**
 * Computes references bottom-up for nodes that lack one: each new node is encoded and hashed once;
 * clean subtrees are skipped at their top because they already carry their hash.
 */
final class NodeHasher {
  private NodeHasher() {}

  /** Hashes the trie below {@code root}; {@code parallel} spreads the root's subtries over cores. */
  static Hash rootHash(Node root, boolean parallel) {
    if (root == null) {
      return MerklePatriciaTrie.EMPTY_TRIE_ROOT;
    }
    if (parallel) {
      hashChildrenInParallel(root);
    }
    hash(root);
    if (root.hash == null) {
      // The root is referenced by hash even when its encoding is short enough to be embedded.
      root.hash = Keccak.hash(root.encoding);
    }
    return root.hash;
  }

  static void hash(Node node) {
    if (node == null || node.hasReference()) {
      return;
    }
    if (node instanceof ExtensionNode extension) {
      hash(extension.child);
    } else if (node instanceof BranchNode branch) {
      for (Node child : branch.children) {
        hash(child);
      }
    }
    node.encoding = TrieNodeEncoder.encode(node);
    if (node.encoding.size() >= 32) {
      node.hash = Keccak.hash(node.encoding);
    }
  }

  /**
   * After a large batch of updates nearly all of the root's 16 subtries are dirty and of similar
   * size, so hashing them as independent tasks scales with cores; the few nodes above them are
   * then hashed by {@link #hash}.
   */
  private static void hashChildrenInParallel(Node root) {
    Node top = root instanceof ExtensionNode extension ? extension.child : root;
    if (!(top instanceof BranchNode branch) || top.hasReference()) {
      return;
    }
    List<ForkJoinTask<?>> tasks = new ArrayList<>(16);
    for (Node child : branch.children) {
      if (child != null && !child.hasReference()) {
        tasks.add(ForkJoinTask.adapt(() -> hash(child)));
      }
    }
    if (tasks.size() > 1) {
      Workers.POOL.invoke(ForkJoinTask.adapt(() -> {
        ForkJoinTask.invokeAll(tasks);
      }));
    }
  }

  /** Created on first parallel hashing only; its threads are daemons. */
  private static final class Workers {
    static final ForkJoinPool POOL = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
  }
}
