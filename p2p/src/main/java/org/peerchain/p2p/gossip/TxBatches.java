package org.peerchain.p2p.gossip;

import java.util.ArrayList;
import java.util.List;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionEncoder;

/** Splits lists into message-sized batches. */
final class TxBatches {
  /** A Txs message carries at most this many bytes of transactions (well below the frame limit). */
  static final int MAX_TXS_BYTES = 2 * 1024 * 1024;

  private TxBatches() {}

  static <T> List<List<T>> byCount(List<T> items, int max) {
    List<List<T>> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i += max) {
      out.add(items.subList(i, Math.min(items.size(), i + max)));
    }
    return out;
  }

  static List<List<Transaction>> bySize(List<Transaction> txs, int maxCount, int maxBytes) {
    List<List<Transaction>> out = new ArrayList<>();
    List<Transaction> current = new ArrayList<>();
    long bytes = 0;
    for (Transaction tx : txs) {
      int size = TransactionEncoder.encode(tx).size();
      if (!current.isEmpty() && (current.size() == maxCount || bytes + size > maxBytes)) {
        out.add(current);
        current = new ArrayList<>();
        bytes = 0;
      }
      current.add(tx);
      bytes += size;
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }
}
