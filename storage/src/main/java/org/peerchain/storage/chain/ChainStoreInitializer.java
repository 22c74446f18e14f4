package org.peerchain.storage.chain;

import static org.peerchain.storage.chain.BlockRejectedException.Reason.INVALID_GENESIS;
import static org.peerchain.storage.chain.BlockRejectedException.Reason.STATE_ROOT_MISMATCH;
import static org.peerchain.storage.schema.Schema.METADATA;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.CommitCertificate;
import org.peerchain.core.block.Receipt;
import org.peerchain.core.types.Hash;
import org.peerchain.storage.kv.KeyValueStore;
import org.peerchain.storage.kv.KvReader;
import org.peerchain.storage.kv.WriteBatch;
import org.peerchain.storage.schema.MetadataKeys;
import org.peerchain.storage.schema.Schema;
import org.peerchain.storage.state.StateCommit;

/**
 * Turns an empty store into a chain store holding genesis, or (after a snapshot sync) a certified
 * block whose state is already stored, in one batch.
 */
final class ChainStoreInitializer {
  private ChainStoreInitializer() {}

  /** True once any part of a chain was written; an initialization is one batch, so it is all there. */
  static boolean isInitialized(KvReader kv) {
    return kv.contains(METADATA, MetadataKeys.SCHEMA_VERSION) || kv.contains(METADATA, MetadataKeys.GENESIS_HASH)
        || kv.contains(METADATA, MetadataKeys.HEAD);
  }

  static ChainHead initialize(KeyValueStore kv, Block genesis, StateCommit genesisState) {
    if (isInitialized(kv)) {
      throw new ChainStoreException(ChainStoreException.Reason.ALREADY_INITIALIZED,
          "data directory already holds a chain; open it instead of initializing it again");
    }
    checkGenesis(genesis, genesisState);
    ChainHead head = new ChainHead(0, genesis.hash(), genesis.header().stateRoot());
    try (WriteBatch batch = kv.newBatch()) {
      batch.put(METADATA, MetadataKeys.SCHEMA_VERSION, SchemaVersion.encode(Schema.VERSION));
      batch.put(METADATA, MetadataKeys.GENESIS_HASH, genesis.hash().bytes());
      batch.put(METADATA, MetadataKeys.ADDRESS_HISTORY_COMPLETE, AddressHistoryBackfill.COMPLETE);
      BlockRows.put(batch, genesis, Optional.empty(), List.of());
      genesisState.writeTo(batch);
      BlockRows.putHead(batch, head);
      batch.commit();
    }
    return head;
  }

  static ChainHead initializeAt(KeyValueStore kv, Hash genesisHash, Block pivot, CommitCertificate certificate,
      List<Receipt> receipts, Predicate<Hash> stateRootAvailable) {
    if (isInitialized(kv)) {
      throw new ChainStoreException(ChainStoreException.Reason.ALREADY_INITIALIZED,
          "data directory already holds a chain; open it instead of initializing it again");
    }
    if (pivot.number() < 1 || certificate.height() != pivot.number() || !certificate.blockHash().equals(pivot.hash())) {
      throw new BlockRejectedException(INVALID_GENESIS, "a chain starts at a certified block above genesis; got block "
          + pivot.number() + " with a certificate of block " + certificate.height());
    }
    if (receipts.size() != pivot.transactions().size()) {
      throw new BlockRejectedException(INVALID_GENESIS, pivot.transactions().size() + " transactions but "
          + receipts.size() + " receipts");
    }
    Hash stateRoot = pivot.header().stateRoot();
    if (!stateRootAvailable.test(stateRoot)) {
      throw new ChainStoreException(ChainStoreException.Reason.STATE_MISSING, "the state of block " + pivot.number()
          + " (root " + stateRoot + ") must be stored before the chain starts there");
    }
    ChainHead head = new ChainHead(pivot.number(), pivot.hash(), stateRoot);
    try (WriteBatch batch = kv.newBatch()) {
      batch.put(METADATA, MetadataKeys.SCHEMA_VERSION, SchemaVersion.encode(Schema.VERSION));
      batch.put(METADATA, MetadataKeys.GENESIS_HASH, genesisHash.bytes());
      BlockRows.put(batch, pivot, Optional.of(certificate), receipts);
      BlockRows.putHead(batch, head);
      batch.commit();
    }
    return head;
  }

  private static void checkGenesis(Block genesis, StateCommit state) {
    if (genesis.number() != 0) {
      throw new BlockRejectedException(INVALID_GENESIS, "genesis must be block 0, got block " + genesis.number());
    }
    if (!genesis.transactions().isEmpty()) {
      // Genesis allocates balances in its state; transactions there would have no receipts.
      throw new BlockRejectedException(INVALID_GENESIS,
          "genesis must have no transactions, got " + genesis.transactions().size());
    }
    if (!genesis.header().stateRoot().equals(state.stateRoot())) {
      throw new BlockRejectedException(STATE_ROOT_MISMATCH, "genesis declares state root "
          + genesis.header().stateRoot() + ", but its allocation leads to " + state.stateRoot());
    }
  }
}
