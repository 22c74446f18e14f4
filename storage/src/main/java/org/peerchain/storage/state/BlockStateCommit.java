package org.peerchain.storage.state;

import org.peerchain.core.types.Hash;
import org.peerchain.storage.kv.WriteBatch;
import org.peerchain.storage.trie.SecureTrie;

/** A finished {@link StateUpdate}: its rows, and the trie that becomes the head once they commit. */
final class BlockStateCommit implements StateCommit {
  /** The head this commit extends; null for genesis. */
  final StateHead parent;
  final SecureTrie trie;
  private final StateRows rows;

  BlockStateCommit(StateHead parent, SecureTrie trie, StateRows rows) {
    this.parent = parent;
    this.trie = trie;
    this.rows = rows;
  }

  StateHead head() {
    return rows.head;
  }

  long journalFloor() {
    return rows.journalFloor;
  }

  @Override
  public Hash stateRoot() {
    return rows.head.stateRoot();
  }

  @Override
  public void writeTo(WriteBatch batch) {
    rows.writeTo(batch);
  }

  @Override
  public String toString() {
    return "StateCommit[block " + rows.head.blockNumber() + ", root " + stateRoot() + "]";
  }
}
