package org.peerchain.storage.chain;

import static org.peerchain.storage.schema.Schema.ADDRESS_HISTORY;

import java.util.ArrayList;
import java.util.List;
import org.peerchain.core.block.Block;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.types.Address;
import org.peerchain.storage.kv.WriteBatch;

/** A block's rows in the address index: its sender and its recipient for every transaction. */
final class AddressHistoryRows {
  private AddressHistoryRows() {}

  static void put(WriteBatch batch, Block block) {
    List<Transaction> txs = block.transactions();
    for (int i = 0; i < txs.size(); i++) {
      Transaction tx = txs.get(i);
      for (Address address : touched(tx)) {
        batch.put(ADDRESS_HISTORY, new AddressHistoryKey(address, block.number(), i).encode(), tx.hash());
      }
    }
  }

  /** Removes what {@link #put} wrote for block {@code number} holding {@code txs}: for a rewind. */
  static void delete(WriteBatch batch, long number, List<Transaction> txs) {
    for (int i = 0; i < txs.size(); i++) {
      for (Address address : touched(txs.get(i))) {
        batch.delete(ADDRESS_HISTORY, new AddressHistoryKey(address, number, i).encode());
      }
    }
  }

  /**
   * Sender and recipient. A finalized transaction's sender recovers (execution checked it) and is
   * cached on the object that was executed; a self-transfer writes its one key twice.
   */
  private static List<Address> touched(Transaction tx) {
    List<Address> out = new ArrayList<>(2);
    tx.sender().ifPresent(out::add);
    tx.to().ifPresent(out::add);
    return out;
  }
}
