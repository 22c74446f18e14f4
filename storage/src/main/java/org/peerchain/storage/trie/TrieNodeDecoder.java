package org.peerchain.storage.trie;

import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.rlp.RlpException;
import org.peerchain.core.rlp.RlpReader;
import org.peerchain.core.types.Hash;

/**
 * Parses stored trie nodes. Hashed children become {@link HashNode}s, loaded only when a walk
 * reaches them; embedded children are decoded in place. Decoded nodes are clean (already stored).
 */
final class TrieNodeDecoder {
  private static final int BRANCH_ITEMS = 17;

  private TrieNodeDecoder() {}

  /** @throws MalformedTrieNodeException if the bytes are not a well-formed trie node */
  static Node decode(Bytes encoded) {
    try {
      return RlpReader.decodeSingle(encoded, TrieNodeDecoder::decodeNode);
    } catch (RlpException e) {
      throw new MalformedTrieNodeException("invalid RLP: " + e.getMessage(), e);
    }
  }

  private static Node decodeNode(RlpReader reader) {
    Bytes raw = reader.readRaw();
    RlpReader outer = RlpReader.of(raw);
    if (!outer.nextIsList()) {
      throw new MalformedTrieNodeException("a trie node is an RLP list, found a string");
    }
    RlpReader items = outer.enterList();
    // Strings are kept as payloads and lists (embedded nodes) as raw items, so every item header
    // is parsed once: this runs for each node loaded on the update path.
    Bytes[] item = new Bytes[BRANCH_ITEMS];
    boolean[] isList = new boolean[BRANCH_ITEMS];
    int count = 0;
    while (items.hasNext()) {
      if (count == BRANCH_ITEMS) {
        throw new MalformedTrieNodeException("a trie node has 2 or 17 items, found more than 17");
      }
      isList[count] = items.nextIsList();
      item[count] = isList[count] ? items.readRaw() : items.readBytes();
      count++;
    }
    Node node;
    if (count == 2) {
      node = decodeShortNode(item, isList);
    } else if (count == BRANCH_ITEMS) {
      node = decodeBranch(item, isList);
    } else {
      throw new MalformedTrieNodeException("a trie node has 2 or 17 items, found " + count);
    }
    node.dirty = false;
    if (raw.size() < 32) {
      node.encoding = raw;
    }
    return node;
  }

  private static Node decodeShortNode(Bytes[] item, boolean[] isList) {
    Bytes compact = string(item[0], isList[0], "compact path");
    if (compact.isEmpty()) {
      throw new MalformedTrieNodeException("empty compact path");
    }
    int flag = compact.getUnsigned(0) >> 4;
    if (flag > 3) {
      throw new MalformedTrieNodeException("compact path flag nibble " + flag + " is above 3");
    }
    boolean odd = (flag & 1) == 1;
    if (!odd && (compact.getUnsigned(0) & 0x0f) != 0) {
      throw new MalformedTrieNodeException("even compact path with a non-zero padding nibble");
    }
    byte[] path = new byte[(compact.size() - 1) * 2 + (odd ? 1 : 0)];
    int at = 0;
    if (odd) {
      path[at++] = (byte) (compact.getUnsigned(0) & 0x0f);
    }
    for (int i = 1; i < compact.size(); i++) {
      path[at++] = (byte) (compact.getUnsigned(i) >> 4);
      path[at++] = (byte) (compact.getUnsigned(i) & 0x0f);
    }
    if (flag >= 2) {
      return new LeafNode(path, string(item[1], isList[1], "leaf value"));
    }
    if (path.length == 0) {
      throw new MalformedTrieNodeException("extension with an empty path");
    }
    Node child = reference(item[1], isList[1]);
    if (child == null) {
      throw new MalformedTrieNodeException("extension without a child");
    }
    return new ExtensionNode(path, child);
  }

  private static Node decodeBranch(Bytes[] item, boolean[] isList) {
    Node[] children = new Node[16];
    for (int i = 0; i < 16; i++) {
      children[i] = reference(item[i], isList[i]);
    }
    Bytes value = string(item[16], isList[16], "branch value");
    return new BranchNode(children, value.isEmpty() ? null : value);
  }

  /** An empty string (no child), a 32-byte hash, or an embedded node under 32 bytes. */
  private static Node reference(Bytes item, boolean isList) {
    if (isList) {
      if (item.size() >= 32) {
        throw new MalformedTrieNodeException(
            "embedded node of " + item.size() + " bytes (only nodes under 32 bytes are embedded)");
      }
      return decodeNode(RlpReader.of(item));
    }
    if (item.isEmpty()) {
      return null;
    }
    if (item.size() != Hash.SIZE) {
      throw new MalformedTrieNodeException(
          "child reference of " + item.size() + " bytes (expected a 32-byte hash)");
    }
    return new HashNode(Hash.wrap(item));
  }

  private static Bytes string(Bytes item, boolean isList, String what) {
    if (isList) {
      throw new MalformedTrieNodeException("expected a string for the " + what + ", found a list");
    }
    return item;
  }
}
