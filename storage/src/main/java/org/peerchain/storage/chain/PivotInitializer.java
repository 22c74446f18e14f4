package org.peerchain.storage.chain;

import static org.peerchain.storage.chain.BlockRejectedException.Reason.CERTIFICATE_MISMATCH;
import static org.peerchain.storage.chain.BlockRejectedException.Reason.INVALID_GENESIS;
import static org.peerchain.storage.chain.BlockRejectedException.Reason.RECEIPT_COUNT_MISMATCH;
import static org.peerchain.storage.chain.BlockRejectedException.Reason.STATE_ROOT_MISMATCH;
import static org.peerchain.storage.schema.Schema.METADATA;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.CommitCertificate;
import org.peerchain.core.block.Receipt;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Hash;
import org.peerchain.storage.kv.KeyValueStore;
import org.peerchain.storage.kv.KvReader;
import org.peerchain.storage.kv.WriteBatch;
import org.peerchain.storage.schema.MetadataKeys;
import org.peerchain.storage.schema.Schema;

/**
 * Turns a store holding a snap-synced state into a chain store whose head is the pivot block: the
 * genesis block (the chain's identity) and the pivot with its certificate, nothing in between.
 */
final class PivotInitializer {
  private PivotInitializer() {}

  static ChainHead initialize(KeyValueStore kv, Block genesis, Block pivot, CommitCertificate certificate,
      List<Receipt> receipts, Predicate<Hash> stateRootAvailable) {
    if (ChainStoreInitializer.isInitialized(kv)) {
      throw new ChainStoreException(ChainStoreException.Reason.ALREADY_INITIALIZED,
          "data directory already holds a chain; open it instead of initializing it again");
    }
    if (genesis.number() != 0) {
      throw new BlockRejectedException(INVALID_GENESIS, "genesis must be block 0, got block " + genesis.number());
    }
    if (pivot.number() <= 0) {
      throw new IllegalArgumentException("a pivot is above genesis, got block " + pivot.number());
    }
    if (certificate.height() != pivot.number() || !certificate.blockHash().equals(pivot.hash())) {
      throw new BlockRejectedException(CERTIFICATE_MISMATCH, "the certificate is for block "
          + certificate.height() + " " + certificate.blockHash() + ", not for the pivot " + pivot.number());
    }
    if (receipts.size() != pivot.transactions().size()) {
      throw new BlockRejectedException(RECEIPT_COUNT_MISMATCH, "pivot block " + pivot.number() + " has "
          + pivot.transactions().size() + " transactions but " + receipts.size() + " receipts");
    }
    if (!stateRootAvailable.test(pivot.header().stateRoot())) {
      throw new BlockRejectedException(STATE_ROOT_MISMATCH, "the state of pivot block " + pivot.number()
          + " (root " + pivot.header().stateRoot() + ") is not in the store; import it first");
    }
    ChainHead head = new ChainHead(pivot.number(), pivot.hash(), pivot.header().stateRoot());
    try (WriteBatch batch = kv.newBatch()) {
      batch.put(METADATA, MetadataKeys.SCHEMA_VERSION, SchemaVersion.encode(Schema.VERSION));
      batch.put(METADATA, MetadataKeys.GENESIS_HASH, genesis.hash().bytes());
      batch.put(METADATA, MetadataKeys.HISTORY_START, Bytes.wrap(ByteBuffer.allocate(Long.BYTES).putLong(pivot.number()).array()));
      BlockRows.put(batch, genesis, Optional.empty(), List.of());
      BlockRows.put(batch, pivot, Optional.of(certificate), receipts);
      BlockRows.putHead(batch, head);
      batch.commit();
    }
    return head;
  }

  /** The first block after genesis whose body and receipts are stored: 1, or the pivot of a snap sync. */
  static long historyStart(KvReader kv) {
    return kv.get(METADATA, MetadataKeys.HISTORY_START)
        .filter(bytes -> bytes.size() == Long.BYTES)
        .map(bytes -> ByteBuffer.wrap(bytes.toArray()).getLong())
        .orElse(1L);
  }
}
