package org.peerchain.storage.trie;

import org.peerchain.core.bytes.Bytes;

/**
 * Visits leaves in ascending key order from a start key, loading only the nodes it passes: the
 * subtrees wholly below the start are skipped without being loaded.
 */
final class LeafWalker {
  private final NodeResolver resolver;
  private final byte[] from;
  private static final int MAX_NIBBLES = 2 * 1024;

  private final LeafVisitor visitor;
  /** The path walked so far; keys here are at most {@link #MAX_NIBBLES} long. */
  private final byte[] path;

  private LeafWalker(NodeResolver resolver, byte[] from, LeafVisitor visitor) {
    this.resolver = resolver;
    this.from = from;
    this.visitor = visitor;
    this.path = new byte[MAX_NIBBLES];
  }

  static void walk(NodeResolver resolver, Node root, byte[] from, LeafVisitor visitor) {
    new LeafWalker(resolver, from, visitor).walk(root, 0, from.length > 0);
  }

  /**
   * {@code tight}: the path so far equals the start key's first {@code depth} nibbles and the start
   * is longer, so what sorts below the start must be skipped. Returns false once the visitor asked
   * to stop.
   */
  private boolean walk(Node node, int depth, boolean tight) {
    if (node == null) {
      return true;
    }
    node = resolver.resolve(node);
    if (node instanceof LeafNode leaf) {
      int end = append(depth, leaf.path);
      if (tight) {
        int cmp = compareWithFrom(depth, end);
        // A key that is a proper prefix of the start sorts below it.
        if (cmp < 0 || (cmp == 0 && end < from.length)) {
          return true;
        }
      }
      return visitor.visit(toBytes(end), leaf.value);
    }
    if (node instanceof ExtensionNode extension) {
      int end = append(depth, extension.path);
      boolean stillTight = false;
      if (tight) {
        int cmp = compareWithFrom(depth, end);
        if (cmp < 0) {
          return true;
        }
        stillTight = cmp == 0 && end < from.length;
      }
      return walk(extension.child, end, stillTight);
    }
    BranchNode branch = (BranchNode) node;
    int first = 0;
    if (tight) {
      first = from[depth];
    } else if (branch.value != null && !visitor.visit(toBytes(depth), branch.value)) {
      // A key ending here sorts before every key below it (and below the start when tight).
      return false;
    }
    for (int i = first; i < 16; i++) {
      path[depth] = (byte) i;
      boolean childTight = tight && i == first && depth + 1 < from.length;
      if (!walk(branch.children[i], depth + 1, childTight)) {
        return false;
      }
    }
    return true;
  }

  private int append(int depth, byte[] nibbles) {
    if (depth + nibbles.length > MAX_NIBBLES) {
      throw new MalformedTrieNodeException("trie path longer than " + MAX_NIBBLES / 2 + " bytes");
    }
    System.arraycopy(nibbles, 0, path, depth, nibbles.length);
    return depth + nibbles.length;
  }

  /** Compares path[depth, end) with the start key's nibbles there, as far as the start goes. */
  private int compareWithFrom(int depth, int end) {
    int limit = Math.min(end, from.length);
    for (int i = depth; i < limit; i++) {
      if (path[i] != from[i]) {
        return path[i] < from[i] ? -1 : 1;
      }
    }
    return 0;
  }

  private Bytes toBytes(int nibbles) {
    byte[] out = new byte[nibbles / 2];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) ((path[2 * i] << 4) | path[2 * i + 1]);
    }
    return Bytes.wrap(out);
  }
}
