package org.peerchain.storage.chain;

import static org.peerchain.storage.schema.Schema.ADDRESS_HISTORY;
import static org.peerchain.storage.schema.Schema.BLOCK_BODIES;
import static org.peerchain.storage.schema.Schema.BLOCK_HEADERS;
import static org.peerchain.storage.schema.Schema.CANONICAL;
import static org.peerchain.storage.schema.Schema.CERTIFICATES;
import static org.peerchain.storage.schema.Schema.METADATA;
import static org.peerchain.storage.schema.Schema.RECEIPTS;
import static org.peerchain.storage.schema.Schema.TX_INDEX;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.BlockBody;
import org.peerchain.core.block.BlockBodyCodec;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.block.BlockHeaderCodec;
import org.peerchain.core.block.CommitCertificate;
import org.peerchain.core.block.CommitCertificateCodec;
import org.peerchain.core.block.Receipt;
import org.peerchain.core.block.ReceiptCodec;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.rlp.RlpException;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.storage.kv.Column;
import org.peerchain.storage.kv.KeyRange;
import org.peerchain.storage.kv.KvEntry;
import org.peerchain.storage.kv.KvIterator;
import org.peerchain.storage.kv.KvReader;
import org.peerchain.storage.kv.StorageException;
import org.peerchain.storage.schema.MetadataKeys;

/**
 * {@link ChainView} over a store or a snapshot. Reads that span rows (a block, a transaction by
 * hash) need no snapshot for consistency: rows of a finalized block are written in one batch and
 * never change or go away, so once one of them is visible all of them are.
 */
final class KvChainView implements ChainView {
  private final KvReader kv;

  KvChainView(KvReader kv) {
    this.kv = kv;
  }

  Optional<ChainHead> head() {
    return decoded(METADATA, MetadataKeys.HEAD, ChainHeadCodec::decode);
  }

  @Override
  public Optional<BlockHeader> header(Hash blockHash) {
    return decoded(BLOCK_HEADERS, blockHash, BlockHeaderCodec::decode);
  }

  @Override
  public Optional<BlockBody> body(Hash blockHash) {
    return decoded(BLOCK_BODIES, blockHash, BlockBodyCodec::decode);
  }

  @Override
  public Optional<Block> block(Hash blockHash) {
    return header(blockHash).flatMap(h -> body(blockHash).map(b -> new Block(h, b)));
  }

  @Override
  public Optional<CommitCertificate> certificate(Hash blockHash) {
    return decoded(CERTIFICATES, blockHash, CommitCertificateCodec::decode);
  }

  @Override
  public Optional<List<Receipt>> receipts(Hash blockHash) {
    return decoded(RECEIPTS, blockHash, ReceiptCodec::decodeList);
  }

  @Override
  public long earliestNumber() {
    return kv.first(CANONICAL).map(KvEntry::key).orElse(0L);
  }

  @Override
  public Optional<Hash> blockHashByNumber(long number) {
    return number < 0 ? Optional.empty() : kv.get(CANONICAL, number);
  }

  @Override
  public Optional<BlockHeader> headerByNumber(long number) {
    return blockHashByNumber(number).flatMap(this::header);
  }

  @Override
  public Optional<Block> blockByNumber(long number) {
    return blockHashByNumber(number).flatMap(this::block);
  }

  @Override
  public Optional<TxLocation> txLocation(Hash txHash) {
    return decoded(TX_INDEX, txHash, TxLocationCodec::decode);
  }

  @Override
  public Optional<Transaction> transaction(Hash txHash) {
    return txLocation(txHash).flatMap(at -> body(at.blockHash()).map(b -> b.transactions().get(at.index())));
  }

  @Override
  public Optional<Receipt> receipt(Hash txHash) {
    return txLocation(txHash).flatMap(at -> receipts(at.blockHash()).map(r -> r.get(at.index())));
  }

  @Override
  public List<AddressTx> addressHistoryBefore(Address address, long beforeBlock, int limit) {
    requireLimit(limit);
    if (beforeBlock <= 0 || limit == 0) {
      return List.of();
    }
    return addressHistory(AddressHistoryKey.blocks(address, 0, beforeBlock).descending(), limit);
  }

  @Override
  public List<AddressTx> addressHistoryAfter(Address address, long afterBlock, int limit) {
    requireLimit(limit);
    if (afterBlock == Long.MAX_VALUE || limit == 0) {
      return List.of();
    }
    return addressHistory(AddressHistoryKey.blocksFrom(address, Math.max(0, afterBlock + 1)), limit);
  }

  private List<AddressTx> addressHistory(KeyRange range, int limit) {
    List<AddressTx> out = new ArrayList<>(Math.min(limit, 1024));
    try (KvIterator<Bytes, Hash> rows = kv.iterate(ADDRESS_HISTORY, range)) {
      while (out.size() < limit && rows.hasNext()) {
        KvEntry<Bytes, Hash> row = rows.next();
        AddressHistoryKey key;
        try {
          key = AddressHistoryKey.decode(row.key());
        } catch (IllegalArgumentException e) {
          throw new StorageException(StorageException.Reason.CORRUPTION,
              "stored address_history key " + row.key() + " cannot be decoded: " + e.getMessage(), null, e);
        }
        out.add(new AddressTx(key.blockNumber(), key.txIndex(), row.value()));
      }
    }
    return out;
  }

  private static void requireLimit(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative, got " + limit);
    }
  }

  private <K, V> Optional<V> decoded(Column<K, Bytes> column, K key, Function<Bytes, V> decoder) {
    return kv.get(column, key).map(raw -> {
      try {
        return decoder.apply(raw);
      } catch (RlpException | IllegalArgumentException e) {
        throw new StorageException(StorageException.Reason.CORRUPTION,
            "stored " + column.name() + " entry " + key + " cannot be decoded: " + e.getMessage(), null, e);
      }
    });
  }
}
