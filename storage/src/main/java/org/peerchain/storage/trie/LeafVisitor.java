package org.peerchain.storage.trie;

import org.peerchain.core.bytes.Bytes;

/** Receives leaves in ascending key order; returning false stops the walk. */
@FunctionalInterface
public interface LeafVisitor {
  boolean visit(Bytes key, Bytes value);
}
