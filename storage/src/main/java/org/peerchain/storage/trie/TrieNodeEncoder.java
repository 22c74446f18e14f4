package org.peerchain.storage.trie;

import org.peerchain.core.rlp.RlpHeaders;

import org.peerchain.core.bytes.Bytes;

/**
 * RLP of trie nodes, written straight into an exactly sized array. This is the block-commit hot
 * path: a node's size is known from its children's references, so sizing first and filling once
 * avoids the general {@code RlpWriter}'s buffer growth, header weaving and re-parsing of spliced
 * items. Children must have their references (embedded encoding or hash) computed already.
 */
final class TrieNodeEncoder {
  private static final int HASH_REFERENCE_SIZE = 33;
  private static final byte EMPTY_STRING = (byte) 0x80;

  private TrieNodeEncoder() {}

  static Bytes encode(Node node) {
    if (node instanceof LeafNode leaf) {
      return encodeShortNode(leaf.path, true, leaf.value, null);
    }
    if (node instanceof ExtensionNode extension) {
      return encodeShortNode(extension.path, false, null, extension.child);
    }
    if (node instanceof BranchNode branch) {
      return encodeBranch(branch);
    }
    throw new IllegalArgumentException("a hash reference has no encoding of its own");
  }

  private static Bytes encodeShortNode(byte[] path, boolean leaf, Bytes value, Node child) {
    int compactSize = path.length / 2 + 1;
    int payload = stringSize(compactSize, compactFirstByte(path, leaf))
        + (leaf ? stringSize(value) : referenceSize(child));
    byte[] out = new byte[RlpHeaders.size(payload) + payload];
    int at = RlpHeaders.put(out, 0, RlpHeaders.LIST, payload);
    at = putCompactPath(out, at, path, leaf, compactSize);
    if (leaf) {
      putString(out, at, value);
    } else {
      putReference(out, at, child);
    }
    return Bytes.wrap(out);
  }

  private static Bytes encodeBranch(BranchNode branch) {
    int payload = branch.value == null ? 1 : stringSize(branch.value);
    for (Node child : branch.children) {
      payload += referenceSize(child);
    }
    byte[] out = new byte[RlpHeaders.size(payload) + payload];
    int at = RlpHeaders.put(out, 0, RlpHeaders.LIST, payload);
    for (Node child : branch.children) {
      at = putReference(out, at, child);
    }
    if (branch.value == null) {
      out[at] = EMPTY_STRING;
    } else {
      putString(out, at, branch.value);
    }
    return Bytes.wrap(out);
  }

  /** Hex-prefix ("compact") encoding, Yellow Paper appendix C: flag nibble 2 = leaf, 1 = odd length. */
  private static int compactFirstByte(byte[] path, boolean leaf) {
    int flag = (leaf ? 2 : 0) | (path.length & 1);
    return (path.length & 1) == 1 ? (flag << 4) | path[0] : flag << 4;
  }

  private static int putCompactPath(byte[] out, int at, byte[] path, boolean leaf, int compactSize) {
    int first = compactFirstByte(path, leaf);
    if (compactSize > 1) {
      at = RlpHeaders.put(out, at, RlpHeaders.STRING, compactSize);
    }
    // A single compact byte is below 0x80 (the flag nibble is at most 3): RLP writes it bare.
    out[at++] = (byte) first;
    for (int i = path.length & 1; i < path.length; i += 2) {
      out[at++] = (byte) ((path[i] << 4) | path[i + 1]);
    }
    return at;
  }

  private static int referenceSize(Node child) {
    if (child == null) {
      return 1;
    }
    if (child.isEmbedded()) {
      return child.encoding.size();
    }
    if (child.hash == null) {
      throw new IllegalStateException("child encoded before it was hashed");
    }
    return HASH_REFERENCE_SIZE;
  }

  private static int putReference(byte[] out, int at, Node child) {
    if (child == null) {
      out[at] = EMPTY_STRING;
      return at + 1;
    }
    if (child.isEmbedded()) {
      child.encoding.copyTo(out, at);
      return at + child.encoding.size();
    }
    out[at] = (byte) (0x80 + 32);
    child.hash.bytes().copyTo(out, at + 1);
    return at + HASH_REFERENCE_SIZE;
  }

  private static int stringSize(Bytes value) {
    return stringSize(value.size(), value.isEmpty() ? 0 : value.getUnsigned(0));
  }

  private static int stringSize(int length, int firstByte) {
    if (length == 1 && firstByte < 0x80) {
      return 1;
    }
    return RlpHeaders.size(length) + length;
  }

  private static int putString(byte[] out, int at, Bytes value) {
    int length = value.size();
    if (length != 1 || value.getUnsigned(0) >= 0x80) {
      at = RlpHeaders.put(out, at, RlpHeaders.STRING, length);
    }
    value.copyTo(out, at);
    return at + length;
  }



}
