package org.peerchain.storage.chain;

import static org.peerchain.storage.chain.BlockRejectedException.Reason.INVALID_GENESIS;
import static org.peerchain.storage.chain.BlockRejectedException.Reason.STATE_ROOT_MISMATCH;
import static org.peerchain.storage.schema.Schema.METADATA;

import java.util.List;
import java.util.Optional;
import org.peerchain.core.block.Block;
import org.peerchain.storage.kv.KeyValueStore;
import org.peerchain.storage.kv.KvReader;
import org.peerchain.storage.kv.WriteBatch;
import org.peerchain.storage.schema.MetadataKeys;
import org.peerchain.storage.schema.Schema;
import org.peerchain.storage.state.StateCommit;

/** Turns an empty store into a chain store holding genesis, in one batch. */
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
