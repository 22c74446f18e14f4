package org.peerchain.p2p.protocol;

import java.util.List;
import org.peerchain.core.tx.Transaction;

/** Full transactions, pushed or sent in answer to GetTxs; at most 4096 and one frame. */
public record Txs(List<Transaction> transactions) implements Message {
  public Txs {
    transactions = List.copyOf(transactions);
    if (transactions.isEmpty() || transactions.size() > ProtocolLimits.MAX_TXS) {
      throw new IllegalArgumentException("Txs holds 1 to " + ProtocolLimits.MAX_TXS + " transactions, got "
          + transactions.size());
    }
  }

  @Override
  public MessageType type() {
    return MessageType.TXS;
  }
}
