package org.peerchain.storage.trie;

import java.util.Arrays;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Hash;

/**
 * Builds a trie from leaves given in strictly ascending key order, keeping only the rightmost path
 * in memory: once a key arrives, every subtree to the left of its path can never change again, so
 * it is hashed, handed to the sink and replaced by its hash. A million leaves thus need memory for
 * one path (about 16 nodes per level), not for the trie. The root equals the root of a
 * {@link MerklePatriciaTrie} holding the same leaves. Not thread-safe.
 */
public final class StackTrie {
  private final TrieNodeSink sink;
  /** How many leading nibbles every key shares and the built node does not include. */
  private final int offset;
  private final NodeUpdater updater = new NodeUpdater(new NodeResolver(TrieNodeLoader.NONE), node -> {});
  private Node root;
  private byte[] lastKey;

  /** A builder whose finished nodes (and the root, whatever its size) go to {@code sink}. */
  public StackTrie(TrieNodeSink sink) {
    this(sink, 0);
  }

  StackTrie(TrieNodeSink sink, int offset) {
    this.sink = sink;
    this.offset = offset;
  }

  /**
   * Adds a leaf.
   *
   * @throws IllegalArgumentException if the key is not above the previous one, or its length differs
   *     from the previous key's (a key that is a prefix of another would need a branch value)
   */
  public void put(Bytes key, Bytes value) {
    put(Nibbles.of(key), value);
  }

  void put(byte[] key, Bytes value) {
    if (value.isEmpty()) {
      throw new IllegalArgumentException("a leaf needs a non-empty value");
    }
    if (lastKey != null) {
      if (key.length != lastKey.length) {
        throw new IllegalArgumentException("keys of different lengths: " + key.length / 2 + " and " + lastKey.length / 2);
      }
      if (Arrays.compare(key, lastKey) <= 0) {
        throw new IllegalArgumentException("keys must be strictly ascending");
      }
    }
    lastKey = key;
    root = updater.put(root, key, offset, value);
    root = sealLeftOf(root, key, offset);
  }

  /** Whether no leaf was added yet. */
  public boolean isEmpty() {
    return root == null;
  }

  /** Hashes and emits what is left, the root included, and returns the root hash. */
  public Hash commit() {
    Hash hash = NodeHasher.rootHash(root, false);
    NodeCommitter.commit(root, sink);
    return hash;
  }

  /**
   * The built subtree as a node a parent can reference (hashed; its nodes emitted to the sink
   * except an embedded top), or null if empty; for subtrees below {@code offset} nibbles.
   */
  Node finishSubtree() {
    if (root == null) {
      return null;
    }
    NodeHasher.hash(root);
    NodeCommitter.commitSubtree(root, sink);
    return root;
  }

  /** Seals the children left of {@code key}'s path in every branch on that path. */
  private Node sealLeftOf(Node node, byte[] key, int pos) {
    if (node instanceof ExtensionNode extension) {
      Node child = sealLeftOf(extension.child, key, pos + extension.path.length);
      return child == extension.child ? extension : new ExtensionNode(extension.path, child);
    }
    if (!(node instanceof BranchNode branch) || pos >= key.length) {
      return node;
    }
    int index = key[pos];
    Node[] children = null;
    for (int i = 0; i < index; i++) {
      Node child = branch.children[i];
      if (child != null && child.dirty) {
        if (children == null) {
          children = branch.children.clone();
        }
        children[i] = seal(child);
      }
    }
    Node right = branch.children[index];
    Node sealedRight = sealLeftOf(right, key, pos + 1);
    if (children == null && sealedRight == right) {
      return branch;
    }
    if (children == null) {
      children = branch.children.clone();
    }
    children[index] = sealedRight;
    return new BranchNode(children, branch.value);
  }

  private Node seal(Node node) {
    NodeHasher.hash(node);
    NodeCommitter.commitSubtree(node, sink);
    return node.isEmbedded() ? node : new HashNode(node.hash);
  }
}
