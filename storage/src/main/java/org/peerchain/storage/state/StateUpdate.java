package org.peerchain.storage.state;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.storage.kv.KvReader;
import org.peerchain.storage.schema.Schema;
import org.peerchain.storage.trie.SecureTrie;

/**
 * One block's changes to the head state. Reads see the head plus the changes made so far;
 * {@link #finish} turns the changes into a {@link StateCommit}. Works on its own snapshot of the
 * head trie, so an update that is abandoned, or whose batch fails, changes nothing.
 * Not thread-safe.
 */
public final class StateUpdate {
  private final KvReader store;
  private final StateHead parent;
  private final SecureTrie trie;
  private final StatePruning pruning;
  private final NodePrefetcher prefetcher;
  private final LazyPaths lazy;
  private final boolean partialIndex;
  private final SnapshotRetention retention;
  private final long journalFloor;
  private final Map<Address, Account> changes = new HashMap<>();
  private boolean finished;

  StateUpdate(
      KvReader store, StateHead parent, SecureTrie trie, StatePruning pruning, NodePrefetcher prefetcher,
      LazyPaths lazy, boolean partialIndex, SnapshotRetention retention, long journalFloor) {
    this.store = store;
    this.lazy = lazy;
    this.parent = parent;
    this.trie = trie;
    this.pruning = pruning;
    this.prefetcher = prefetcher;
    this.partialIndex = partialIndex;
    this.retention = retention;
    this.journalFloor = journalFloor;
  }

  /** The account as this block has left it so far; {@link Account#EMPTY} if it does not exist. */
  public Account account(Address address) {
    Account changed = changes.get(address);
    if (changed != null) {
      return changed;
    }
    Optional<Bytes> flat = store.get(Schema.ACCOUNTS, address);
    if (flat.isPresent() || (lazy == null && !partialIndex)) {
      return flat.map(AccountCodec::decode).orElse(Account.EMPTY);
    }
    // Changes are applied to the trie only in finish, so it still holds the head state here.
    if (lazy != null) {
      return lazy.read(address, () -> trie.get(address.bytes()).map(AccountCodec::decode).orElse(Account.EMPTY));
    }
    // Snap-synced state: accounts no block has touched yet are only in the trie.
    return trie.get(address.bytes()).map(AccountCodec::decode).orElse(Account.EMPTY);
  }

  /** Sets the account; an empty one is deleted from state (EIP-161). */
  public void set(Address address, Account account) {
    checkOpen();
    changes.put(address, account);
  }

  /**
   * Computes the new state root and the rows to write for block {@code blockNumber}, which must
   * follow the head this update started from. The update cannot be used afterwards.
   */
  public StateCommit finish(long blockNumber) {
    checkOpen();
    long expected = parent == null ? 0 : parent.blockNumber() + 1;
    if (blockNumber != expected) {
      throw new IllegalArgumentException("state update for block " + blockNumber + ", expected block " + expected);
    }
    finished = true;
    List<Hash> replaced = new ArrayList<>();
    if (!pruning.isArchive()) {
      trie.observeReplacedNodes(replaced::add);
    }
    if (lazy != null) {
      // A change written without a read first (a cheat) still needs its path to update the trie.
      changes.keySet().forEach(address -> lazy.read(address, () -> trie.get(address.bytes())));
    }
    ChangedAccounts changed = ChangedAccounts.of(changes);
    try {
      prefetcher.prefetch(trie, changed.hashedKeys());
      for (int i = 0; i < changed.size(); i++) {
        Bytes encoded = changed.encoded(i);
        if (encoded == null) {
          trie.deleteHashed(changed.hashedKeys().get(i));
        } else {
          trie.putHashed(changed.hashedKeys().get(i), encoded);
        }
      }
    } finally {
      prefetcher.release();
    }
    StateRows rows = new StateRows();
    rows.accounts = changed;
    NodeReferences references = pruning.isArchive() ? null : new NodeReferences(store, pruning, retention, journalFloor);
    Hash root = trie.commit(references == null ? rows.nodePuts::put : references::created);
    trie.observeReplacedNodes(hash -> {});
    rows.head = new StateHead(blockNumber, root);
    if (references != null) {
      rows.refCounted = true;
      references.collect(blockNumber, replaced, rows);
    }
    return new BlockStateCommit(parent, trie, rows);
  }

  private void checkOpen() {
    if (finished) {
      throw new IllegalStateException("state update already finished");
    }
  }
}
