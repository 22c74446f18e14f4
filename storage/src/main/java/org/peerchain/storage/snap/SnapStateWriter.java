package org.peerchain.storage.snap;

import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Hash;
import org.peerchain.storage.kv.KeyValueStore;
import org.peerchain.storage.kv.KvEntry;
import org.peerchain.storage.kv.KvIterator;
import org.peerchain.storage.kv.WriteBatch;
import org.peerchain.storage.schema.Schema;
import org.peerchain.storage.state.ImportedState;
import org.peerchain.storage.state.StateHead;
import org.peerchain.storage.trie.StackTrie;
import org.peerchain.storage.trie.TrieNodeSink;

/**
 * Writes verified account ranges of the pivot state into a fresh store, in any order and from any
 * thread, staged by hashed address; {@link #finish} then builds the state trie from the staged
 * accounts in key order with a {@link StackTrie} (one path in memory, whatever the account count),
 * checks its root against the pivot's and makes it the head state.
 */
public final class SnapStateWriter {
  // Rows per batch while building: large enough to amortize a commit, small enough for memory.
  private static final int ROWS_PER_BATCH = 20_000;

  private final KeyValueStore store;
  private final StateHead pivot;

  /** {@code pivot}: the block whose state is synced, and its (certified) state root. */
  public SnapStateWriter(KeyValueStore store, StateHead pivot) {
    this.store = store;
    this.pivot = pivot;
  }

  public StateHead pivot() {
    return pivot;
  }

  /** Stages the accounts of a range that {@link RangeProofVerifier} accepted for the pivot root. */
  public void write(AccountRange verified) {
    try (WriteBatch batch = store.newBatch()) {
      for (RangeEntry entry : verified.entries()) {
        batch.put(Schema.SNAP_ACCOUNTS, entry.keyHash(), entry.accountRlp());
      }
      batch.commit();
    }
  }

  /**
   * Builds and stores the state trie from every staged account, removes the staging rows, and
   * makes the pivot the state head, in the batch that also removes the {@link SnapProgress} rows.
   * Call once all ranges are written.
   *
   * @return the built root, which equals the pivot's
   * @throws IllegalStateException if the staged accounts do not hash to the pivot root (a range is
   *     missing); the head is then not written and the staging rows stay
   */
  public Hash finish() {
    Batches batches = new Batches();
    StackTrie trie = new StackTrie(batches);
    try (KvIterator<Hash, Bytes> accounts = store.iterate(Schema.SNAP_ACCOUNTS)) {
      while (accounts.hasNext()) {
        KvEntry<Hash, Bytes> account = accounts.next();
        trie.put(account.key().bytes(), account.value());
      }
    }
    Hash root = trie.commit();
    if (!root.equals(pivot.stateRoot())) {
      batches.close();
      throw new IllegalStateException(
          "the synced accounts hash to " + root + ", not to the pivot root " + pivot.stateRoot() + ": ranges are missing");
    }
    try (KvIterator<Hash, Bytes> accounts = store.iterate(Schema.SNAP_ACCOUNTS)) {
      while (accounts.hasNext()) {
        batches.delete(accounts.next().key());
      }
    }
    batches.finishWith(pivot);
    return root;
  }

  /** Trie nodes and staging deletes in batches of bounded size. */
  private final class Batches implements TrieNodeSink {
    private WriteBatch batch = store.newBatch();
    private int rows;

    @Override
    public void put(Hash hash, Bytes encodedNode) {
      batch.put(Schema.TRIE_NODES, hash, encodedNode);
      counted();
    }

    void delete(Hash account) {
      batch.delete(Schema.SNAP_ACCOUNTS, account);
      counted();
    }

    private void counted() {
      if (++rows == ROWS_PER_BATCH) {
        flush();
      }
    }

    void flush() {
      batch.commit();
      batch.close();
      batch = store.newBatch();
      rows = 0;
    }

    void finishWith(StateHead head) {
      ImportedState.writeHead(batch, head);
      SnapProgress.clear(batch);
      close();
    }

    void close() {
      batch.commit();
      batch.close();
    }
  }
}
