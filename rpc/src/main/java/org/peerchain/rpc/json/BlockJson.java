package org.peerchain.rpc.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.BlockCodec;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.tx.Transaction;

/**
 * The execution-apis block object: header fields, hash, size (of the RLP block), zero
 * (total) difficulty, no uncles and no withdrawals (peerchain is not post-Shanghai in that sense).
 */
public final class BlockJson {
  private BlockJson() {}

  public static ObjectNode of(Block block, boolean fullTransactions) {
    BlockHeader h = block.header();
    ObjectNode o = Json.object();
    HeaderJson.writeTo(o, h);
    o.set("hash", Json.hash(block.hash()));
    o.set("size", Json.quantity(BlockCodec.encode(block).size()));
    o.set("totalDifficulty", Json.ZERO);
    o.set("transactions", transactions(block, fullTransactions));
    o.set("uncles", Json.array());
    return o;
  }

  private static ArrayNode transactions(Block block, boolean full) {
    ArrayNode out = Json.array();
    List<Transaction> txs = block.transactions();
    for (int i = 0; i < txs.size(); i++) {
      Transaction tx = txs.get(i);
      if (full) {
        out.add(TransactionJson.mined(tx, new TransactionJson.Inclusion(
            block.hash(), block.number(), i, block.header().baseFeePerGas())));
      } else {
        out.add(Json.hash(tx.hash()));
      }
    }
    return out;
  }
}
