package org.peerchain.storage.trie;

import java.util.HashMap;
import java.util.Map;
import org.peerchain.core.types.Hash;

/** Test support: which stored nodes a trie is made of. */
public final class TrieNodes {
  private TrieNodes() {}

  /** How often each stored node (hash-referenced, or the root) occurs in the trie at {@code root}. */
  public static Map<Hash, Integer> reachable(TrieNodeLoader loader, Hash root) {
    Map<Hash, Integer> counts = new HashMap<>();
    if (!root.equals(MerklePatriciaTrie.EMPTY_TRIE_ROOT)) {
      visit(loader, new HashNode(root), counts);
    }
    return counts;
  }

  private static void visit(TrieNodeLoader loader, Node node, Map<Hash, Integer> counts) {
    if (node instanceof HashNode reference) {
      counts.merge(reference.hash, 1, Integer::sum);
      node = TrieNodeDecoder.decode(loader.load(reference.hash)
          .orElseThrow(() -> new MissingTrieNodeException(reference.hash)));
    }
    if (node instanceof ExtensionNode extension) {
      visit(loader, extension.child, counts);
    } else if (node instanceof BranchNode branch) {
      for (Node child : branch.children) {
        if (child != null) {
          visit(loader, child, counts);
        }
      }
    }
  }
}
