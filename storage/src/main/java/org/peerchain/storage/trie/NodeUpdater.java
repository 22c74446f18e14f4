package org.peerchain.storage.trie;

import java.util.function.Consumer;
import org.peerchain.core.bytes.Bytes;

/**
 * Insertion and deletion by path copying: every call returns a new node for the changed path and
 * the very same node object when nothing changed, so unchanged subtrees stay shared and clean.
 * Keys are nibble arrays; {@code pos} is how many nibbles the nodes above have consumed.
 */
final class NodeUpdater {
  private final NodeResolver resolver;
  private final Consumer<Node> replaced;

  /** {@code replaced} sees every existing node an update removes from the trie. */
  NodeUpdater(NodeResolver resolver, Consumer<Node> replaced) {
    this.resolver = resolver;
    this.replaced = replaced;
  }

  Node put(Node node, byte[] key, int pos, Bytes value) {
    if (node == null) {
      return new LeafNode(Nibbles.slice(key, pos), value);
    }
    Node resolved = resolver.resolve(node);
    Node updated;
    if (resolved instanceof LeafNode leaf) {
      updated = putIntoLeaf(leaf, key, pos, value);
    } else if (resolved instanceof ExtensionNode extension) {
      updated = putIntoExtension(extension, key, pos, value);
    } else {
      updated = putIntoBranch((BranchNode) resolved, key, pos, value);
    }
    return replacing(node, resolved, updated);
  }

  /**
   * Keeps the unresolved reference when nothing changed, so the parent stays the same object too;
   * otherwise reports the old node as gone.
   */
  private Node replacing(Node original, Node resolved, Node updated) {
    if (updated == resolved) {
      return original;
    }
    replaced.accept(resolved);
    return updated;
  }

  private Node putIntoLeaf(LeafNode leaf, byte[] key, int pos, Bytes value) {
    byte[] path = leaf.path;
    int common = Nibbles.commonPrefix(path, key, pos);
    if (common == path.length && common == key.length - pos) {
      return leaf.value.equals(value) ? leaf : new LeafNode(path, value);
    }
    Node[] children = new Node[16];
    Bytes branchValue = null;
    if (common == path.length) {
      branchValue = leaf.value;
    } else {
      children[path[common]] = new LeafNode(Nibbles.slice(path, common + 1), leaf.value);
    }
    branchValue = placeNew(children, branchValue, key, pos + common, value);
    return withPrefix(path, common, new BranchNode(children, branchValue));
  }

  private Node putIntoExtension(ExtensionNode extension, byte[] key, int pos, Bytes value) {
    byte[] path = extension.path;
    int common = Nibbles.commonPrefix(path, key, pos);
    if (common == path.length) {
      Node child = put(extension.child, key, pos + common, value);
      return child == extension.child ? extension : new ExtensionNode(path, child);
    }
    Node[] children = new Node[16];
    children[path[common]] = common + 1 == path.length
        ? extension.child
        : new ExtensionNode(Nibbles.slice(path, common + 1), extension.child);
    Bytes branchValue = placeNew(children, null, key, pos + common, value);
    return withPrefix(path, common, new BranchNode(children, branchValue));
  }

  private Node putIntoBranch(BranchNode branch, byte[] key, int pos, Bytes value) {
    if (pos == key.length) {
      return value.equals(branch.value) ? branch : new BranchNode(branch.children, value);
    }
    int index = key[pos];
    Node old = branch.children[index];
    Node child = put(old, key, pos + 1, value);
    if (child == old) {
      return branch;
    }
    Node[] children = branch.children.clone();
    children[index] = child;
    return new BranchNode(children, branch.value);
  }

  /** Puts the new key's leaf into a fresh branch at {@code at}; returns the branch's value. */
  private static Bytes placeNew(Node[] children, Bytes branchValue, byte[] key, int at, Bytes value) {
    if (at == key.length) {
      return value;
    }
    children[key[at]] = new LeafNode(Nibbles.slice(key, at + 1), value);
    return branchValue;
  }

  private static Node withPrefix(byte[] path, int length, Node branch) {
    return length == 0 ? branch : new ExtensionNode(Nibbles.slice(path, 0, length), branch);
  }

  /** Returns null when the subtree becomes empty. */
  Node delete(Node node, byte[] key, int pos) {
    if (node == null) {
      return null;
    }
    Node resolved = resolver.resolve(node);
    return replacing(node, resolved, deleteResolved(resolved, key, pos));
  }

  private Node deleteResolved(Node node, byte[] key, int pos) {
    if (node instanceof LeafNode leaf) {
      return Nibbles.equalsRest(key, pos, leaf.path) ? null : leaf;
    }
    if (node instanceof ExtensionNode extension) {
      if (!Nibbles.startsWith(key, pos, extension.path)) {
        return extension;
      }
      Node child = delete(extension.child, key, pos + extension.path.length);
      if (child == extension.child) {
        return extension;
      }
      return child == null ? null : prefixed(extension.path, child);
    }
    return deleteFromBranch((BranchNode) node, key, pos);
  }

  private Node deleteFromBranch(BranchNode branch, byte[] key, int pos) {
    if (pos == key.length) {
      return branch.value == null ? branch : collapse(branch.children, null);
    }
    int index = key[pos];
    Node old = branch.children[index];
    Node child = delete(old, key, pos + 1);
    if (child == old) {
      return branch;
    }
    Node[] children = branch.children.clone();
    children[index] = child;
    return collapse(children, branch.value);
  }

  /** A branch needs two entries; with one left it becomes a leaf or merges into its only child. */
  private Node collapse(Node[] children, Bytes value) {
    int only = -1;
    int count = value == null ? 0 : 1;
    for (int i = 0; i < 16; i++) {
      if (children[i] != null) {
        count++;
        only = i;
      }
    }
    if (count >= 2) {
      return new BranchNode(children, value);
    }
    if (count == 0) {
      return null;
    }
    if (value != null) {
      return new LeafNode(Nibbles.EMPTY, value);
    }
    return prefixed(new byte[] {(byte) only}, resolver.resolve(children[only]));
  }

  /** {@code prefix} followed by {@code child}, merging consecutive paths as the trie requires. */
  private Node prefixed(byte[] prefix, Node child) {
    child = resolver.resolve(child);
    // A leaf or extension absorbs the prefix into a new node, so the old one leaves the trie.
    if (child instanceof LeafNode leaf) {
      replaced.accept(leaf);
      return new LeafNode(Nibbles.concat(prefix, leaf.path), leaf.value);
    }
    if (child instanceof ExtensionNode extension) {
      replaced.accept(extension);
      return new ExtensionNode(Nibbles.concat(prefix, extension.path), extension.child);
    }
    return new ExtensionNode(prefix, child);
  }
}
