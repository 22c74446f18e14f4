package org.peerchain.storage.state;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.Keccak;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.storage.kv.KeyValueStore;
import org.peerchain.storage.kv.KvIterator;
import org.peerchain.storage.schema.MetadataKeys;
import org.peerchain.storage.schema.Schema;
import org.peerchain.storage.trie.MerklePatriciaTrie;
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
  /** Null unless the state is filled lazily from another chain's (a fork). */
  private final LazyPaths lazy;
  /** The flat index lacks accounts (snap-synced state): a miss there is read from the head trie. */
  private final boolean partialIndex;
  private volatile StateHead head;
  private volatile SecureTrie headTrie;
  /** The oldest journal entry not yet released is at or above this (single writer). */
  private long journalFloor;

  private WorldState(KeyValueStore store, StatePruning pruning, SnapshotRetention retention, StateHead head,
      LazyPaths lazy) {
    this.store = store;
    this.pruning = pruning;
    this.retention = retention;
    this.lazy = lazy;
    this.journalFloor = store.first(Schema.STATE_JOURNAL).map(entry -> Math.max(1, entry.key())).orElse(1L);
    this.loader = new NodePrefetcher(hash -> store.get(Schema.TRIE_NODES, hash));
    this.reader = new StateReader(store, lazy);
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
    return new WorldState(store, pruning, retention, head, null);
  }

  /**
   * A world state whose accounts are filled in on first read from {@code source}: the state of a
   * forked chain, of which only the read paths are ever stored. Archive mode only: pruning counts
   * references of the nodes a block writes, and fetched nodes arrive outside any block.
   */
  public static WorldState openLazy(KeyValueStore store, StatePruning pruning, PathSource source) {
    if (!pruning.isArchive()) {
      throw new IllegalArgumentException("a lazily filled (forked) state cannot be pruned");
    }
    StateHead head = store.get(Schema.METADATA, MetadataKeys.STATE_HEAD).map(StateHead::fromBytes).orElse(null);
    return new WorldState(store, pruning, SnapshotRetention.NONE, head, new LazyPaths(store, source));
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
    Optional<Bytes> flat = store.get(Schema.ACCOUNTS, address);
    if (flat.isPresent()) {
      return AccountCodec.decode(flat.get());
    }
    if (lazy != null) {
      // The flat index holds only what local blocks wrote; the rest of a forked state is in the trie.
      SecureTrie trie = headTrie.snapshot();
      return lazy.read(address, () -> trie.get(address.bytes()).map(AccountCodec::decode).orElse(Account.EMPTY));
    }
    StateHead current = head;
    return partialIndex && current != null ? reader.account(address, current.stateRoot()) : Account.EMPTY;
  }

  /**
   * Makes sure {@code address}'s path is stored, so that blocks touching it need no fetch on the
   * consensus thread; a no-op unless the state is filled lazily.
   *
   * @throws UnprovenStateException when the path cannot be fetched and proven
   */
  public void ensureStored(Address address) {
    if (lazy != null) {
      account(address);
    }
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
    return new StateUpdate(store, head, headTrie.snapshot(), pruning, loader, lazy, partialIndex, retention, journalFloor);
  }

  /** The state of block 0. */
  public StateCommit genesis(Map<Address, Account> alloc) {
    if (head != null) {
      throw new IllegalStateException("state already has a head at block " + head.blockNumber());
    }
    StateUpdate update = new StateUpdate(store, null, headTrie.snapshot(), pruning, loader, null, false, retention, journalFloor);
    alloc.forEach(update::set);
    return update.finish(0);
  }

  /**
   * The state of block 0 of a fork: another chain's state root, of which only {@code provenNodes}
   * (paths the caller has verified against {@code root}, at least its root node) are stored now;
   * the rest is read through the {@link PathSource} as needed.
   */
  public StateCommit forkBase(Hash root, List<Bytes> provenNodes) {
    if (head != null) {
      throw new IllegalStateException("state already has a head at block " + head.blockNumber());
    }
    if (lazy == null) {
      throw new IllegalStateException("a fork base needs a lazily filled state (openLazy)");
    }
    StateRows rows = new StateRows();
    provenNodes.forEach(node -> rows.nodePuts.put(Keccak.hash(node), node));
    if (!root.equals(MerklePatriciaTrie.EMPTY_TRIE_ROOT) && !rows.nodePuts.contains(root)) {
      throw new IllegalArgumentException("the proven nodes do not hold the root node " + root);
    }
    rows.head = new StateHead(0, root);
    return new BlockStateCommit(null, new SecureTrie(loader, root), rows);
  }

  /** Every account at head, from the flat index, in address order (a dev chain's state dump). */
  public void forEachAccount(BiConsumer<Address, Account> visitor) {
    try (KvIterator<Address, Bytes> it = store.iterate(Schema.ACCOUNTS)) {
      while (it.hasNext()) {
        var entry = it.next();
        visitor.accept(entry.key(), AccountCodec.decode(entry.value()));
      }
    }
  }

  /**
   * The rows that take the head state back to {@code target} (a dev chain's evm_revert or reset).
   * The flat index holds addresses, the trie only their hashes, so the addresses to restore are the
   * index's own plus {@code alsoRestore} (accounts that a later change emptied, and so left the index).
   * Only archive state can go back: a pruned state no longer has the old roots.
   *
   * @throws IllegalStateException when state is pruned
   * @throws StateUnavailableException when {@code target}'s root is not stored
   */
  public StateCommit rewind(StateHead target, Collection<Address> alsoRestore) {
    if (!pruning.isArchive()) {
      throw new IllegalStateException("only archive state can be rewound");
    }
    Set<Address> addresses = new HashSet<>(alsoRestore);
    try (KvIterator<Address, Bytes> it = store.iterate(Schema.ACCOUNTS)) {
      while (it.hasNext()) {
        addresses.add(it.next().key());
      }
    }
    Map<Address, Account> accounts = new HashMap<>();
    for (Address address : addresses) {
      accounts.put(address, reader.account(address, target.stateRoot()));
    }
    return new StateRewind(target, accounts);
  }

  /** Makes a rewind the head, once the batch holding it has been committed. */
  public void onRewound(StateCommit commit) {
    if (!(commit instanceof StateRewind rewind)) {
      throw new IllegalArgumentException("not a rewind of this world state: " + commit);
    }
    headTrie = new SecureTrie(loader, rewind.target.stateRoot());
    head = rewind.target;
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
