package org.peerchain.consensus.execution;

import org.peerchain.core.block.Block;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.block.BlockHeaderCodec;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.rlp.RlpHeaders;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionEncoder;
import org.peerchain.core.types.UInt256;

/**
 * The length of a block's RLP form, rlp([header, transactions, ommers]), worked out from the parts'
 * lengths so that a large block need not be encoded again just to be measured.
 */
final class BlockSize {
  /**
   * The longest encoding a peerchain header can have: every variable field at its maximum. The
   * builder reserves this much while the header's figures are not known yet.
   */
  static final int HEADER_BOUND = BlockHeaderCodec.encode(BlockHeader.builder()
      .number(Long.MAX_VALUE).gasLimit(Long.MAX_VALUE).gasUsed(Long.MAX_VALUE).timestamp(Long.MAX_VALUE)
      .extraData(Bytes.wrap(new byte[BlockHeader.MAX_EXTRA_DATA])).baseFeePerGas(UInt256.MAX_VALUE)
      .build()).size();
  /** A block without transactions whose header has the longest encoding. */
  static final int MIN_LIMIT = (int) of(HEADER_BOUND, 0);

  private BlockSize() {}

  static long of(Block block) {
    long items = 0;
    for (Transaction tx : block.transactions()) {
      items += transactionItem(tx);
    }
    return of(BlockHeaderCodec.encode(block.header()).size(), items);
  }

  /** A transaction's share of the body: its network form (a typed one wrapped as an RLP string). */
  static long transactionItem(Transaction tx) {
    int envelope = TransactionEncoder.encode(tx).size();
    return tx.type().isTyped() ? RlpHeaders.size(envelope) + (long) envelope : envelope;
  }

  /** The block's length given its header's and the sum of its transaction items'. */
  static long of(long headerBytes, long transactionItemBytes) {
    long transactionList = listHeader(transactionItemBytes) + transactionItemBytes;
    long payload = headerBytes + transactionList + 1; // the empty ommers list, 0xc0
    return listHeader(payload) + payload;
  }

  private static long listHeader(long payload) {
    // RlpHeaders takes an int; past 2 GiB a block is far over any limit, and so is this answer.
    return payload > Integer.MAX_VALUE ? 9 : RlpHeaders.size((int) payload);
  }
}
