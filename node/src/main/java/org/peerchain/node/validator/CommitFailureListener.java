package org.peerchain.node.validator;

import org.peerchain.core.types.Hash;

/**
 * Told, on the consensus thread, when a final block did not commit here (its body was altered, or it
 * does not execute on this node's state). Consensus stays at that height; sync fetches the block
 * again from another peer.
 */
@FunctionalInterface
public interface CommitFailureListener {
  void commitFailed(long height, Hash blockHash, String reason);
}
