package org.peerchain.storage.trie;

import org.peerchain.core.bytes.Bytes;

/** Turns a {@link HashNode} into the node it names, through the loader. */
final class NodeResolver {
  private final TrieNodeLoader loader;

  NodeResolver(TrieNodeLoader loader) {
    this.loader = loader;
  }

  /** {@code node} itself unless it is a hash reference, which is loaded and decoded. */
  Node resolve(Node node) {
    if (!(node instanceof HashNode reference)) {
      return node;
    }
    Bytes encoded = loader.load(reference.hash)
        .orElseThrow(() -> new MissingTrieNodeException(reference.hash));
    Node loaded;
    try {
      loaded = TrieNodeDecoder.decode(encoded);
    } catch (MalformedTrieNodeException e) {
      throw new MalformedTrieNodeException("trie node " + reference.hash + " is malformed: " + e.getMessage(), e);
    }
    loaded.hash = reference.hash;
    return loaded;
  }
}
