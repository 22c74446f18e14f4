package org.peerchain.storage.chain;

import java.util.List;
import java.util.Optional;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.BlockBody;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.block.CommitCertificate;
import org.peerchain.core.block.Receipt;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;

/**
 * Reads of finalized blocks. On {@link ChainStore} each call may see a later commit than the call
 * before; a {@link ChainSnapshot} answers every call from the same commit.
 */
public interface ChainView {
  Optional<BlockHeader> header(Hash blockHash);

  Optional<BlockBody> body(Hash blockHash);

  Optional<Block> block(Hash blockHash);

  /** Empty for genesis, which is final without one. */
  Optional<CommitCertificate> certificate(Hash blockHash);

  /** One receipt per transaction, in body order. */
  Optional<List<Receipt>> receipts(Hash blockHash);

  Optional<Hash> blockHashByNumber(long number);

  /** The lowest block stored: 0, or for a chain started by snap sync the block it started at. */
  long earliestNumber();

  Optional<BlockHeader> headerByNumber(long number);

  Optional<Block> blockByNumber(long number);

  Optional<TxLocation> txLocation(Hash txHash);

  Optional<Transaction> transaction(Hash txHash);

  Optional<Receipt> receipt(Hash txHash);

  /**
   * Transactions {@code address} sent or received in blocks below {@code beforeBlock}, newest
   * first (by block, then by index in the block), at most {@code limit}.
   */
  List<AddressTx> addressHistoryBefore(Address address, long beforeBlock, int limit);

  /** Transactions {@code address} sent or received in blocks above {@code afterBlock}, oldest first, at most {@code limit}. */
  List<AddressTx> addressHistoryAfter(Address address, long afterBlock, int limit);
}
