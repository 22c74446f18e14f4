package org.peerchain.storage.state;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.storage.kv.KeyValueStore;
import org.peerchain.storage.schema.MetadataKeys;
import org.peerchain.storage.schema.Schema;
import org.peerchain.storage.trie.SecureTrie;

/**
 * The accounts of the chain: at head through the flat account index (no trie walk), at any
 * retained state root through the state trie. The head trie stays in memory across blocks, so an
 * update only loads the nodes on its own paths.
 *
 * <p>One writer: {@link #begin} (or {@link #genesis}), finish the update, write its commit into the
 * block's batch, and after that batch commits call {@link #onCommitted}. Reads may run on any
 * thread at any time; head reads see the last committed batch.
 */
public final class WorldState {
  private final KeyValueStore store;
  private final StatePruning pruning;
  private final SnapshotRetention retention;
  private final NodePrefetcher loader;
  private final StateReader reader;
  /** The flat index lacks accounts (snap-synced state): a miss there is read from the head trie. */
  private final boolean partialIndex;
  private volatile StateHead head;
  private volatile SecureTrie headTrie;
  /** The oldest journal entry not yet released is at or above this (single writer). */
  private long journalFloor;

  private WorldState(KeyValueStore store, StatePruning pruning, SnapshotRetention retention, StateHead head) {
    this.store = store;
    this.pruning = pruning;
    this.retention = retention;
    this.journalFloor = store.first(Schema.STATE_JOURNAL).map(entry -> Math.max(1, entry.key())).orElse(1L);
    this.loader = new NodePrefetcher(hash -> store.get(Schema.TRIE_NODES, hash));
    this.reader = new StateReader(store);
    this.partialIndex = store.contains(Schema.METADATA, MetadataKeys.STATE_FLAT_INDEX_PARTIAL);
    this.head = head;
    this.headTrie = head == null ? new SecureTrie(loader) : new SecureTrie(loader, head.stateRoot());
  }

  /**
   * The world state kept in {@code store}, empty until a genesis commit.
   *
   * @throws IllegalStateException if pruning is asked for on state written without reference counts
   */
  public static WorldState open(KeyValueStore store, StatePruning pruning) {
    return open(store, pruning, SnapshotRetention.NONE);
  }

  /**
   * Like {@link #open(KeyValueStore, StatePruning)}, and keeps the snapshot states of
   * {@code retention} readable although pruning would drop them.
   */
  public static WorldState open(KeyValueStore store, StatePruning pruning, SnapshotRetention retention) {
    StateHead head = store.get(Schema.METADATA, MetadataKeys.STATE_HEAD).map(StateHead::fromBytes).orElse(null);
    if (head != null && !pruning.isArchive() && !store.contains(Schema.METADATA, MetadataKeys.STATE_REFCOUNTED)) {
      throw new IllegalStateException(
          "state was written in archive mode, without node reference counts; it cannot be pruned");
    }
    return new WorldState(store, pruning, retention, head);
  }

  public StatePruning pruning() {
    return pruning;
  }

  public SnapshotRetention snapshotRetention() {
    return retention;
  }

  /** The head's block number and state root; empty before genesis. */
  public Optional<StateHead> head() {
    return Optional.ofNullable(head);
  }

  /** The account at head, from the flat index; {@link Account#EMPTY} if it does not exist. */
  public Account account(Address address) {
    Optional<Bytes> indexed = store.get(Schema.ACCOUNTS, address);
    if (indexed.isPresent()) {
      return AccountCodec.decode(indexed.get());
    }
    StateHead current = head;
    return partialIndex && current != null ? reader.account(address, current.stateRoot()) : Account.EMPTY;
  }

  /**
   * The account in the state at {@code stateRoot} (historical reads, eth_getBalance at a block).
   *
   * @throws StateUnavailableException if that state was pruned or never existed
   */
  public Account account(Address address, Hash stateRoot) {
    return reader.account(address, stateRoot);
  }

  public boolean isAvailable(Hash stateRoot) {
    return reader.isAvailable(stateRoot);
  }

  /** eth_getProof's account proof; see {@link StateReader#proof}. */
  public List<Bytes> proof(Address address, Hash stateRoot) {
    return reader.proof(address, stateRoot);
  }

  /** Starts the next block's changes from the current head. */
  public StateUpdate begin() {
    if (head == null) {
      throw new IllegalStateException("no state yet: commit genesis first");
    }
    return new StateUpdate(store, head, headTrie.snapshot(), pruning, loader, partialIndex, retention, journalFloor);
  }

  /** The state of block 0. */
  public StateCommit genesis(Map<Address, Account> alloc) {
    if (head != null) {
      throw new IllegalStateException("state already has a head at block " + head.blockNumber());
    }
    StateUpdate update = new StateUpdate(store, null, headTrie.snapshot(), pruning, loader, false, retention, journalFloor);
    alloc.forEach(update::set);
    return update.finish(0);
  }

  /** Makes a commit the head, once the batch holding it has been committed. */
  public void onCommitted(StateCommit commit) {
    if (!(commit instanceof BlockStateCommit block)) {
      throw new IllegalArgumentException("not a commit of this world state: " + commit);
    }
    if (!Objects.equals(block.parent, head)) {
      throw new IllegalStateException(block + " does not extend the head " + head);
    }
    headTrie = block.trie;
    journalFloor = block.journalFloor();
    head = block.head();
  }
}
