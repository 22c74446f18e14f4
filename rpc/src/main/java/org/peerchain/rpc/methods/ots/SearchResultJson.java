package org.peerchain.rpc.methods.ots;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
    BlockWithReceipts current = null;
    for (Entry entry : page.entries()) {
      if (current == null || current.block().number() != entry.blockNumber()) {
        current = BlockWithReceipts.read(chain, chain.block(entry.blockNumber())).orElseThrow(
            () -> new IllegalStateException("the address index names block " + entry.blockNumber() + ", which is missing"));
      }
      txs.add(OtsJson.transaction(current.block(), entry.txIndex()));
      receipts.add(OtsJson.receipt(current.block(), current.receipts(), entry.txIndex()));
    }
    ObjectNode o = Json.object();
    o.set("txs", txs);
    o.set("receipts", receipts);
    o.set("firstPage", BooleanNode.valueOf(page.firstPage()));
    o.set("lastPage", BooleanNode.valueOf(page.lastPage()));
    return o;
  }
}
