package org.peerchain.storage.trie;

import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Hash;

/**
 * A trie node. The structure (path, children, value) never changes after construction; only the
 * memo fields below do. They are deterministic functions of the structure, so a racy write from
 * another reader of a shared node stores the same value, and {@link Hash}/{@link Bytes} are safely
 * published through their final fields.
 */
abstract sealed class Node permits LeafNode, ExtensionNode, BranchNode, HashNode {
  /** keccak of the encoding; set once the node is hashed, if it is referenced by hash (or is a root). */
  Hash hash;

  /**
   * The RLP encoding: kept for good when it is under 32 bytes (it is then the reference a parent
   * embeds); for a larger node only between hashing and commit, so clean tries do not hold every
   * node's bytes twice.
   */
  Bytes encoding;

  /** Created since the last commit: its encoding has not been handed to a sink yet. */
  boolean dirty;

  /** Whether a parent embeds this node's encoding instead of its hash (valid once hashed). */
  final boolean isEmbedded() {
    return encoding != null && encoding.size() < 32;
  }

  /** Whether the reference a parent needs (embedded encoding or hash) is known. */
  final boolean hasReference() {
    return hash != null || isEmbedded();
  }
}
