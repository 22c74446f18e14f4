package org.peerchain.storage.state;

import org.peerchain.core.types.Hash;
import org.peerchain.storage.kv.WriteBatch;

/**
 * What a block did to the world state, ready to be written: the new state root and the rows
 * (trie nodes, flat account index, pruning journal) that make it readable. The chain store writes
 * it into the same batch as the block, so a crash leaves either both or neither.
 */
public interface StateCommit {
  Hash stateRoot();

  void writeTo(WriteBatch batch);
}
