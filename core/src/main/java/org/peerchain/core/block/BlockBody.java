package org.peerchain.core.block;

import java.util.List;
import org.peerchain.core.tx.Transaction;

/**
 * The transactions of a block, in order. Ommers are not modelled: peerchain blocks have none, and
 * the codec writes and requires an empty ommers list.
 */
public record BlockBody(List<Transaction> transactions) {
  public static final BlockBody EMPTY = new BlockBody(List.of());

  public BlockBody {
    transactions = List.copyOf(transactions);
  }
}
