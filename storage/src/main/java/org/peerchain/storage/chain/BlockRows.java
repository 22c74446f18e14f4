package org.peerchain.storage.chain;

import static org.peerchain.storage.schema.Schema.BLOCK_BODIES;
import static org.peerchain.storage.schema.Schema.BLOCK_HEADERS;
import static org.peerchain.storage.schema.Schema.CANONICAL;
import static org.peerchain.storage.schema.Schema.CERTIFICATES;
import static org.peerchain.storage.schema.Schema.METADATA;
import static org.peerchain.storage.schema.Schema.RECEIPTS;
import static org.peerchain.storage.schema.Schema.TX_INDEX;

import java.util.List;
import java.util.Optional;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.BlockBodyCodec;
import org.peerchain.core.block.BlockHeaderCodec;
import org.peerchain.core.block.CommitCertificate;
import org.peerchain.core.block.CommitCertificateCodec;
import org.peerchain.core.block.Receipt;
import org.peerchain.core.block.ReceiptCodec;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.types.Hash;
import org.peerchain.storage.kv.WriteBatch;
import org.peerchain.storage.schema.MetadataKeys;

/** The rows a finalized block occupies (address index included), and the head pointer to it, added to a batch. */
final class BlockRows {
  private BlockRows() {}

  static void put(WriteBatch batch, Block block, Optional<CommitCertificate> certificate, List<Receipt> receipts) {
    Hash hash = block.hash();
    batch.put(BLOCK_HEADERS, hash, BlockHeaderCodec.encode(block.header()));
    batch.put(BLOCK_BODIES, hash, BlockBodyCodec.encode(block.body()));
    certificate.ifPresent(c -> batch.put(CERTIFICATES, hash, CommitCertificateCodec.encode(c)));
    batch.put(RECEIPTS, hash, ReceiptCodec.encodeList(receipts));
    batch.put(CANONICAL, block.number(), hash);
    for (int i = 0; i < block.transactions().size(); i++) {
      TxLocation at = new TxLocation(hash, block.number(), i);
      batch.put(TX_INDEX, block.transactions().get(i).hash(), TxLocationCodec.encode(at));
    }
    AddressHistoryRows.put(batch, block);
  }

  /** Removes the rows {@link #put} wrote for the canonical block {@code hash} at {@code number}. */
  static void delete(WriteBatch batch, long number, Hash hash, List<Transaction> transactions) {
    batch.delete(BLOCK_HEADERS, hash);
    batch.delete(BLOCK_BODIES, hash);
    batch.delete(CERTIFICATES, hash);
    batch.delete(RECEIPTS, hash);
    batch.delete(CANONICAL, number);
    for (Transaction tx : transactions) {
      batch.delete(TX_INDEX, tx.hash());
    }
    AddressHistoryRows.delete(batch, number, transactions);
  }

  static void putHead(WriteBatch batch, ChainHead head) {
    batch.put(METADATA, MetadataKeys.HEAD, ChainHeadCodec.encode(head));
  }
}
