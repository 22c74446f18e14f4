package org.peerchain.consensus.execution;

import java.util.List;
import java.util.function.IntFunction;
import org.peerchain.core.block.Receipt;
import org.peerchain.core.block.ReceiptCodec;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.rlp.RlpWriter;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionEncoder;
import org.peerchain.core.types.Hash;
import org.peerchain.storage.trie.MerklePatriciaTrie;

/**
 * Ethereum's transactions and receipts roots: tries keyed by rlp(index) whose values are the
 * EIP-2718 envelopes (a legacy one is its RLP list, a typed one type byte ‖ RLP payload). Built in
 * memory and dropped: nodes serve wallets from the stored block, never from these tries.
 */
public final class BlockRoots {
  private BlockRoots() {}

  public static Hash transactionsRoot(List<Transaction> transactions) {
    return root(transactions.size(), i -> TransactionEncoder.encode(transactions.get(i)));
  }

  public static Hash receiptsRoot(List<Receipt> receipts) {
    return root(receipts.size(), i -> ReceiptCodec.encode(receipts.get(i)));
  }

  private static Hash root(int count, IntFunction<Bytes> value) {
    MerklePatriciaTrie trie = MerklePatriciaTrie.inMemory();
    for (int i = 0; i < count; i++) {
      trie.put(new RlpWriter().writeInt(i).toBytes(), value.apply(i));
    }
    return trie.rootHash();
  }
}
