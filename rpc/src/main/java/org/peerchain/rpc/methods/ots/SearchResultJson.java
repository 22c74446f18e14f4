package org.peerchain.rpc.methods.ots;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.peerchain.core.tx.Transaction;
import org.peerchain.rpc.api.AddressHistory.Entry;
import org.peerchain.rpc.api.ChainAccess;
import org.peerchain.rpc.json.Json;

/** ots_searchTransactions*'s result: the page's transactions, their receipts (with timestamps) and the flags. */
final class SearchResultJson {
  private SearchResultJson() {}

  static ObjectNode of(ChainAccess chain, AddressPage page) {
    ArrayNode txs = Json.array();
    ArrayNode receipts = Json.array();
    // A page's entries come block by block, so one block is read once.
    Optional<BlockWithReceipts> current = Optional.empty();
    for (Entry entry : page.entries()) {
      if (current.map(b -> b.block().number() != entry.blockNumber()).orElse(true)) {
        current = BlockWithReceipts.read(chain, chain.block(entry.blockNumber()));
      }
      // An entry whose block no longer holds its transaction (a dev chain rewound under the index)
      // is left out rather than shown as another transaction.
      Optional<BlockWithReceipts> at = current.filter(b -> holds(b, entry));
      if (at.isPresent()) {
        txs.add(OtsJson.transaction(at.get().block(), entry.txIndex()));
        receipts.add(OtsJson.receipt(at.get().block(), at.get().receipts(), entry.txIndex()));
      }
    }
    ObjectNode o = Json.object();
    o.set("txs", txs);
    o.set("receipts", receipts);
    o.set("firstPage", BooleanNode.valueOf(page.firstPage()));
    o.set("lastPage", BooleanNode.valueOf(page.lastPage()));
    return o;
  }

  private static boolean holds(BlockWithReceipts b, Entry entry) {
    List<Transaction> txs = b.block().transactions();
    return entry.txIndex() < txs.size() && txs.get(entry.txIndex()).hash().equals(entry.txHash());
  }
}
