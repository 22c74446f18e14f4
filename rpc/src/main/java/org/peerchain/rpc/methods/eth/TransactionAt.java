package org.peerchain.rpc.methods.eth;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.core.block.Block;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.json.TransactionJson;

/** The transaction object of a block's transaction {@code index}; null when out of range. */
final class TransactionAt {
  private TransactionAt() {}

  static JsonNode json(Block block, long index) {
    if (index < 0 || index >= block.transactions().size()) {
      return Json.NULL;
    }
    int i = (int) index;
    return TransactionJson.mined(block.transactions().get(i),
        new TransactionJson.Inclusion(block.hash(), block.number(), i, block.header().baseFeePerGas()));
  }
}
