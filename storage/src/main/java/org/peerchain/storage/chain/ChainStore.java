package org.peerchain.storage.chain;

import static org.peerchain.storage.schema.Schema.CONSENSUS_SIGNER;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.BlockBody;
import org.peerchain.core.block.CommitCertificate;
import org.peerchain.core.block.Receipt;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.types.Hash;
import org.peerchain.storage.kv.KeyValueStore;
import org.peerchain.storage.kv.KvIterator;
import org.peerchain.storage.kv.KvReader;
import org.peerchain.storage.kv.WriteBatch;
import org.peerchain.storage.state.StateCommit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The finalized chain. One thread at a time commits (commits are serialized); any number read.
 * The key-value store is shared with the world state and stays the caller's to close.
 */
public final class ChainStore extends ForwardingChainView {
  private static final Logger LOG = LoggerFactory.getLogger(ChainStore.class);

  private final KeyValueStore kv;
  private final Object commitLock = new Object();
  private final RecentBlocks recent = new RecentBlocks();
  // Published only after the batch holding the block is durable, so readers never see a head
  // that a crash could take back.
  private volatile ChainHead head;

  private ChainStore(KeyValueStore kv, ChainHead head) {
    super(new KvChainView(kv));
    this.kv = kv;
    this.head = head;
  }

  /** True when {@code kv} already holds a chain: {@link #open} it rather than {@link #initialize} it. */
  public static boolean isInitialized(KvReader kv) {
    return ChainStoreInitializer.isInitialized(kv);
  }

  /**
   * Writes genesis (block 0, no certificate), its state, the schema version, the genesis hash and
   * the head into an empty store, in one synced batch.
   *
   * @throws ChainStoreException ALREADY_INITIALIZED when the store holds a chain
   * @throws BlockRejectedException when genesis is not block 0, has transactions, or its state
   *     root is not the one {@code genesisState} leads to
   */
  public static ChainStore initialize(KeyValueStore kv, Block genesis, StateCommit genesisState) {
    return new ChainStore(kv, ChainStoreInitializer.initialize(kv, genesis, genesisState));
  }

  /**
   * Starts a chain at {@code pivot} instead of genesis, after a snapshot sync stored its state: the
   * block, its certificate and receipts, the schema version, the genesis hash and the head, in one
   * synced batch. The store holds no block below the pivot.
   *
   * @throws ChainStoreException ALREADY_INITIALIZED when the store holds a chain, STATE_MISSING when
   *     the pivot's state is not stored
   */
  public static ChainStore initializeAt(KeyValueStore kv, Hash genesisHash, Block pivot, CommitCertificate certificate,
      List<Receipt> receipts, Predicate<Hash> stateRootAvailable) {
    return new ChainStore(kv, ChainStoreInitializer.initializeAt(kv, genesisHash, pivot, certificate, receipts,
        stateRootAvailable));
  }

  /**
   * Opens a store written before, after checking it is this chain's and whole at its head. A store
   * written before the address index existed gets it for all its blocks here, before this returns.
   *
   * @param stateRootAvailable whether the world state at a root can be read (the world state knows)
   * @throws ChainStoreException when the store must not be used; its reason says why
   */
  public static ChainStore open(KeyValueStore kv, Hash genesisHash, Predicate<Hash> stateRootAvailable) {
    ChainHead head = StartupCheck.verify(kv, genesisHash, stateRootAvailable);
    AddressHistoryBackfill.run(kv);
    return new ChainStore(kv, head);
  }

  public ChainHead head() {
    return head;
  }

  /** A view of the chain as of now, head included, that later commits do not change. Must be closed. */
  public ChainSnapshot snapshot() {
    return new ChainSnapshot(kv.snapshot());
  }

  /**
   * Makes {@code block} the head: the block, its certificate and receipts, the canonical,
   * transaction and address indexes, the state rows and the head pointer go in one batch, synced to disk
   * before this returns. On any exception nothing was written and the head is unchanged.
   *
   * @throws BlockRejectedException when the parts do not fit the head or each other
   */
  public ChainHead commitBlock(Block block, CommitCertificate certificate, List<Receipt> receipts,
      StateCommit state) {
    return commitBlock(block, certificate, receipts, state, Map.of());
  }

  /**
   * {@link #commitBlock(Block, CommitCertificate, List, StateCommit)}, with consensus's own records
   * ({@link #putSignerState}'s rows) in the same batch: one sync for both.
   */
  public ChainHead commitBlock(Block block, CommitCertificate certificate, List<Receipt> receipts,
      StateCommit state, Map<String, Bytes> signerRows) {
    synchronized (commitLock) {
      Hash stateRoot = state.stateRoot();
      CommitPreconditions.check(head, block, certificate, receipts, stateRoot);
      ChainHead next = new ChainHead(block.number(), block.hash(), stateRoot);
      try (WriteBatch batch = kv.newBatch()) {
        BlockRows.put(batch, block, Optional.of(certificate), receipts);
        state.writeTo(batch);
        signerRows.forEach((key, value) -> batch.put(CONSENSUS_SIGNER, key, value));
        BlockRows.putHead(batch, next);
        batch.commit();
      }
      recent.add(block, List.copyOf(receipts));
      head = next;
      LOG.debug("Committed block {} {} with {} transactions", next.number(), next.hash(), receipts.size());
      return next;
    }
  }

  /**
   * Takes the chain back to block {@code number} (a dev chain's evm_revert and reset): the blocks
   * above it, their certificates, receipts, indexes and the signer's records go, the state rows of
   * {@code state} (a {@code WorldState#rewind} to that block) and the head pointer are written, all in
   * one synced batch. The signer's records go because they are of heights that no longer exist; a
   * one-validator dev chain signs those heights again.
   *
   * @throws IllegalArgumentException when {@code number} is above the head or {@code state} is not
   *     that block's state
   */
  public ChainHead rewindTo(long number, StateCommit state) {
    synchronized (commitLock) {
      if (number < 0 || number > head.number()) {
        throw new IllegalArgumentException("cannot rewind to block " + number + ": the head is " + head.number());
      }
      Hash hash = blockHashByNumber(number).orElseThrow(() -> new IllegalStateException("no block " + number));
      Hash stateRoot = header(hash).orElseThrow().stateRoot();
      if (!stateRoot.equals(state.stateRoot())) {
        throw new IllegalArgumentException("state " + state.stateRoot() + " is not block " + number + "'s " + stateRoot);
      }
      ChainHead next = new ChainHead(number, hash, stateRoot);
      try (WriteBatch batch = kv.newBatch()) {
        for (long n = head.number(); n > number; n--) {
          long at = n;
          Hash removed = blockHashByNumber(n).orElseThrow(() -> new IllegalStateException("no block " + at));
          BlockRows.delete(batch, n, removed, body(removed).map(b -> b.transactions()).orElse(List.of()));
        }
        try (KvIterator<String, Bytes> it = kv.iterate(CONSENSUS_SIGNER)) {
          while (it.hasNext()) {
            batch.delete(CONSENSUS_SIGNER, it.next().key());
          }
        }
        state.writeTo(batch);
        BlockRows.putHead(batch, next);
        // Before the rows go: from now on a read of those blocks finds the store, and then nothing.
        recent.clear();
        batch.commit();
      }
      LOG.debug("Rewound from block {} to {} {}", head.number(), number, hash);
      head = next;
      return next;
    }
  }

  // Reads of the last blocks committed come from RecentBlocks: no body decoded, no sender recovered again.

  @Override
  public Optional<BlockBody> body(Hash blockHash) {
    Optional<Block> kept = recent.block(blockHash);
    return kept.isPresent() ? kept.map(Block::body) : super.body(blockHash);
  }

  @Override
  public Optional<Block> block(Hash blockHash) {
    Optional<Block> kept = recent.block(blockHash);
    return kept.isPresent() ? kept : super.block(blockHash);
  }

  @Override
  public Optional<Block> blockByNumber(long number) {
    return blockHashByNumber(number).flatMap(this::block);
  }

  @Override
  public Optional<List<Receipt>> receipts(Hash blockHash) {
    Optional<List<Receipt>> kept = recent.receipts(blockHash);
    return kept.isPresent() ? kept : super.receipts(blockHash);
  }

  @Override
  public Optional<Transaction> transaction(Hash txHash) {
    return txLocation(txHash).flatMap(at -> body(at.blockHash()).map(b -> b.transactions().get(at.index())));
  }

  @Override
  public Optional<Receipt> receipt(Hash txHash) {
    return txLocation(txHash).flatMap(at -> receipts(at.blockHash()).map(r -> r.get(at.index())));
  }

  /** What consensus stored under {@code key} with {@link #putSignerState}. */
  public Optional<Bytes> signerState(String key) {
    return kv.get(CONSENSUS_SIGNER, key);
  }

  /** Stores consensus's own record durably before returning, so it survives a crash right after. */
  public void putSignerState(String key, Bytes value) {
    try (WriteBatch batch = kv.newBatch()) {
      batch.put(CONSENSUS_SIGNER, key, value);
      batch.commit();
    }
  }
}
