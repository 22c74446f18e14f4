package org.peerchain.storage.chain;

import static org.peerchain.storage.schema.Schema.ADDRESS_HISTORY;

import java.util.Optional;
import org.peerchain.core.block.Block;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.types.Address;
import org.peerchain.storage.kv.WriteBatch;

/** A block's rows in the address index: its sender and its recipient for every transaction. */
final class AddressHistoryRows {
  private AddressHistoryRows() {}

  static void put(WriteBatch batch, Block block) {
    for (int i = 0; i < block.transactions().size(); i++) {
      Transaction tx = block.transactions().get(i);
      // A finalized transaction's sender recovers (execution checked it) and is cached on the
      // object that was executed; a self-transfer has one row, its key being the same twice.
      Optional<Address> sender = tx.sender();
      if (sender.isPresent()) {
        batch.put(ADDRESS_HISTORY, new AddressHistoryKey(sender.get(), block.number(), i).encode(), tx.hash());
      }
      Optional<Address> to = tx.to();
      if (to.isPresent()) {
        batch.put(ADDRESS_HISTORY, new AddressHistoryKey(to.get(), block.number(), i).encode(), tx.hash());
      }
    }
  }
}
