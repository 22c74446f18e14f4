package org.peerchain.storage.trie;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.Keccak;
import org.peerchain.core.types.Hash;

/**
 * Checks that a run of leaves is exactly the trie's leaves between two keys, given the proof nodes
 * of the range's edges (snap/1's account range proofs).
 *
 * <p>The check rebuilds the root: walking down from the root hash through the proof, a subtree
 * wholly outside the bounds keeps its proven reference, a subtree wholly inside is built from the
 * range's leaves under its prefix, and only the nodes on the two edge paths (which straddle a
 * bound) are taken from the proof and rebuilt around their new children. The root hashes back to
 * the expected root only if every inside subtree got exactly its leaves, so a gap, an extra or
 * altered leaf, or an altered proof node all show as a mismatch. Every proof node is reached by its
 * hash from an authentic parent, so an inside subtree that the proof shows is non-empty but the
 * range leaves empty is reported before hashing.
 *
 * <p>All keys (start, limit and the leaves') have one length: the trie must not hold values in
 * branches, as tries over hashed keys never do.
 */
public final class RangeProof {
  private enum Side { BELOW, INSIDE, STRADDLING, ABOVE }

  private final NodeResolver resolver;
  private final byte[] lo;
  private final byte[] hi;
  private final byte[] limit;
  private final List<byte[]> keys;
  private final List<Bytes> values;
  private final byte[] path;
  private int next;
  private boolean more;

  private RangeProof(NodeResolver resolver, byte[] lo, byte[] hi, byte[] limit, List<byte[]> keys, List<Bytes> values) {
    this.resolver = resolver;
    this.lo = lo;
    this.hi = hi;
    this.limit = limit;
    this.keys = keys;
    this.values = values;
    this.path = new byte[lo.length];
  }

  /**
   * Verifies that {@code keys}/{@code values} are all leaves of the trie at {@code root} from
   * {@code start} up to the last key (up to {@code limit} if there are none). The proof holds the
   * nodes on the paths to {@code start} and to the last key (to {@code limit} for an empty range),
   * in any order; nodes on the path to {@code limit} may be added to show that nothing follows the
   * last key up to the limit.
   *
   * @return whether the trie may hold keys after the last one up to {@code limit}: false when the
   *     proof shows there are none (the range {@code [start, limit]} is then complete)
   * @throws InvalidProofException naming the first problem found
   */
  public static boolean verify(
      Hash root, Bytes start, Bytes limit, List<Bytes> keys, List<Bytes> values, List<Bytes> proof) {
    if (keys.size() != values.size()) {
      throw new InvalidProofException(keys.size() + " keys but " + values.size() + " values");
    }
    if (start.size() != limit.size() || start.isEmpty()) {
      throw new InvalidProofException("start and limit must be non-empty keys of one length");
    }
    if (start.compareTo(limit) > 0) {
      throw new InvalidProofException("start " + start + " is above limit " + limit);
    }
    List<byte[]> nibbleKeys = new ArrayList<>(keys.size());
    for (int i = 0; i < keys.size(); i++) {
      Bytes key = keys.get(i);
      if (key.size() != start.size()) {
        throw new InvalidProofException("key " + i + " has " + key.size() + " bytes, expected " + start.size());
      }
      if (i > 0 && key.compareTo(keys.get(i - 1)) <= 0) {
        throw new InvalidProofException("key " + i + " (" + key + ") is not above the key before it");
      }
      if (key.compareTo(start) < 0 || key.compareTo(limit) > 0) {
        throw new InvalidProofException("key " + key + " is outside [" + start + ", " + limit + "]");
      }
      if (values.get(i).isEmpty()) {
        throw new InvalidProofException("key " + key + " has an empty value");
      }
      nibbleKeys.add(Nibbles.of(key));
    }
    if (root.equals(MerklePatriciaTrie.EMPTY_TRIE_ROOT)) {
      if (!keys.isEmpty()) {
        throw new InvalidProofException("the trie is empty but the range holds " + keys.size() + " keys");
      }
      return false;
    }
    Map<Hash, Bytes> byHash = new HashMap<>();
    for (Bytes node : proof) {
      byHash.put(Keccak.hash(node), node);
    }
    NodeResolver resolver = new NodeResolver(hash -> Optional.ofNullable(byHash.get(hash)));
    byte[] limitNibbles = Nibbles.of(limit);
    byte[] hi = keys.isEmpty() ? limitNibbles : nibbleKeys.get(nibbleKeys.size() - 1);
    return new RangeProof(resolver, Nibbles.of(start), hi, limitNibbles, nibbleKeys, values).check(root);
  }

  private boolean check(Hash root) {
    Node rebuilt;
    try {
      rebuilt = rebuild(new HashNode(root), 0);
    } catch (MissingTrieNodeException e) {
      throw new InvalidProofException("proof lacks node " + e.hash() + " on an edge of the range", e);
    } catch (MalformedTrieNodeException e) {
      throw new InvalidProofException("proof holds a malformed node: " + e.getMessage(), e);
    }
    if (next < keys.size()) {
      throw new InvalidProofException("key " + hex(keys.get(next), keys.get(next).length) + " is not in the trie");
    }
    Hash got = NodeHasher.rootHash(rebuilt, false);
    if (!got.equals(root)) {
      throw new InvalidProofException("the range and proof hash to " + got + ", not to the root " + root);
    }
    return more;
  }

  /** The node to use at the position {@code path[0, depth)} instead of {@code ref}. */
  private Node rebuild(Node ref, int depth) {
    Side side = side(depth);
    if (side == Side.BELOW) {
      return ref;
    }
    if (side == Side.ABOVE) {
      noteFollowing(ref, depth);
      return ref;
    }
    if (side == Side.INSIDE) {
      return buildInside(ref, depth);
    }
    if (ref == null) {
      return null;
    }
    Node node = resolver.resolve(ref);
    if (node instanceof LeafNode leaf) {
      int end = append(depth, leaf.path);
      if (end != path.length) {
        throw new MalformedTrieNodeException("leaf ends after " + end + " nibbles, keys have " + path.length);
      }
      Side keySide = side(end);
      if (keySide == Side.INSIDE) {
        return buildInside(ref, depth);
      }
      if (keySide == Side.ABOVE) {
        noteFollowing(node, depth);
      }
      return ref;
    }
    if (node instanceof ExtensionNode extension) {
      int end = append(depth, extension.path);
      if (end >= path.length) {
        throw new MalformedTrieNodeException("extension reaches past the key length");
      }
      Node child = rebuild(extension.child, end);
      if (child == extension.child) {
        return ref;
      }
      if (child == null) {
        throw new InvalidProofException("the range omits the keys under " + hex(path, end));
      }
      return new ExtensionNode(extension.path, child);
    }
    BranchNode branch = (BranchNode) node;
    Node[] children = branch.children.clone();
    boolean changed = false;
    for (int i = 0; i < 16; i++) {
      path[depth] = (byte) i;
      children[i] = rebuild(branch.children[i], depth + 1);
      changed |= children[i] != branch.children[i];
    }
    return changed ? new BranchNode(children, branch.value) : ref;
  }

  /** The subtree at {@code path[0, depth)} built from the range's keys under that prefix. */
  private Node buildInside(Node ref, int depth) {
    StackTrie subtree = new StackTrie(TrieNodeSink.DISCARD, depth);
    while (next < keys.size()) {
      byte[] key = keys.get(next);
      int cmp = Arrays.compare(key, 0, depth, path, 0, depth);
      if (cmp < 0) {
        // Keys are consumed in order, and everything inside the bounds before this prefix was
        // either built from keys already or proven to hold other (or no) leaves.
        throw new InvalidProofException("key " + hex(key, key.length) + " is not in the trie");
      }
      if (cmp > 0) {
        break;
      }
      subtree.put(key, values.get(next));
      next++;
    }
    Node built = subtree.finishSubtree();
    if (built == null && ref != null) {
      throw new InvalidProofException("the range omits the keys under " + hex(path, depth));
    }
    return built;
  }

  /** Records whether the subtree at {@code path[0, depth)}, all above the last key, may hold keys up to the limit. */
  private void noteFollowing(Node ref, int depth) {
    if (!more && ref != null && !keys.isEmpty()) {
      more = mayHoldKeysUpToLimit(ref, depth);
    }
  }

  private boolean mayHoldKeysUpToLimit(Node ref, int depth) {
    int cmp = Arrays.compare(path, 0, depth, limit, 0, depth);
    if (cmp > 0) {
      return false;
    }
    if (cmp < 0 || allNibbles(limit, depth, 15)) {
      return true;
    }
    Node node;
    try {
      node = resolver.resolve(ref);
    } catch (MissingTrieNodeException e) {
      // Not shown: the subtree may hold keys up to the limit.
      return true;
    }
    if (node instanceof LeafNode leaf) {
      int end = append(depth, leaf.path);
      return Arrays.compare(path, 0, end, limit, 0, limit.length) <= 0;
    }
    if (node instanceof ExtensionNode extension) {
      int end = append(depth, extension.path);
      return mayHoldKeysUpToLimit(extension.child, end);
    }
    BranchNode branch = (BranchNode) node;
    if (branch.value != null) {
      return true;
    }
    for (int i = 0; i < 16 && depth < path.length; i++) {
      path[depth] = (byte) i;
      if (branch.children[i] != null && mayHoldKeysUpToLimit(branch.children[i], depth + 1)) {
        return true;
      }
    }
    return false;
  }

  /** Where the keys with prefix {@code path[0, depth)} lie relative to [lo, hi]. */
  private Side side(int depth) {
    int cmpLo = Arrays.compare(path, 0, depth, lo, 0, depth);
    if (cmpLo < 0) {
      return Side.BELOW;
    }
    int cmpHi = Arrays.compare(path, 0, depth, hi, 0, depth);
    if (cmpHi > 0) {
      return Side.ABOVE;
    }
    boolean fromLo = cmpLo > 0 || allNibbles(lo, depth, 0);
    boolean toHi = cmpHi < 0 || allNibbles(hi, depth, 15);
    return fromLo && toHi ? Side.INSIDE : Side.STRADDLING;
  }

  private static boolean allNibbles(byte[] key, int from, int nibble) {
    for (int i = from; i < key.length; i++) {
      if (key[i] != nibble) {
        return false;
      }
    }
    return true;
  }

  private int append(int depth, byte[] nibbles) {
    if (depth + nibbles.length > path.length) {
      throw new MalformedTrieNodeException("path reaches past the key length of " + path.length + " nibbles");
    }
    System.arraycopy(nibbles, 0, path, depth, nibbles.length);
    return depth + nibbles.length;
  }

  private static String hex(byte[] nibbles, int length) {
    StringBuilder out = new StringBuilder("0x");
    for (int i = 0; i < length; i++) {
      out.append(Character.forDigit(nibbles[i], 16));
    }
    return out.toString();
  }
}
