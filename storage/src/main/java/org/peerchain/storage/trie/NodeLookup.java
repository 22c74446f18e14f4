package org.peerchain.storage.trie;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.peerchain.core.bytes.Bytes;

/** Read-only walks from a root along a key: lookups and proofs. */
final class NodeLookup {
  private final NodeResolver resolver;

  NodeLookup(NodeResolver resolver) {
    this.resolver = resolver;
  }

  Optional<Bytes> get(Node root, byte[] key) {
    Node node = root;
    int pos = 0;
    while (node != null) {
      node = resolver.resolve(node);
      if (node instanceof LeafNode leaf) {
        return Nibbles.equalsRest(key, pos, leaf.path) ? Optional.of(leaf.value) : Optional.empty();
      }
      if (node instanceof ExtensionNode extension) {
        if (!Nibbles.startsWith(key, pos, extension.path)) {
          return Optional.empty();
        }
        pos += extension.path.length;
        node = extension.child;
      } else {
        BranchNode branch = (BranchNode) node;
        if (pos == key.length) {
          return Optional.ofNullable(branch.value);
        }
        node = branch.children[key[pos++]];
      }
    }
    return Optional.empty();
  }

  /**
   * The encodings of the hash-referenced nodes on the key's path, root first: what a verifier needs
   * to walk from the root hash to the value or to the point where the key is proven absent.
   * Embedded nodes travel inside their parent's encoding. The trie must have been hashed.
   */
  List<Bytes> proof(Node root, byte[] key) {
    List<Bytes> proof = new ArrayList<>();
    Node node = root;
    int pos = 0;
    boolean referencedByHash = true;
    while (node != null) {
      node = resolver.resolve(node);
      if (referencedByHash) {
        proof.add(node.encoding != null ? node.encoding : TrieNodeEncoder.encode(node));
      }
      Node next = null;
      if (node instanceof ExtensionNode extension) {
        if (Nibbles.startsWith(key, pos, extension.path)) {
          pos += extension.path.length;
          next = extension.child;
        }
      } else if (node instanceof BranchNode branch && pos < key.length) {
        next = branch.children[key[pos++]];
      }
      referencedByHash = next != null && !next.isEmbedded();
      node = next;
    }
    return proof;
  }
}
