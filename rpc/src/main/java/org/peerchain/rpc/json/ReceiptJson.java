package org.peerchain.rpc.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.peerchain.consensus.ledger.GasFees;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.block.Receipt;
import org.peerchain.core.tx.Transaction;

/** geth's receipt object. Transfers create no contract and emit no logs. */
public final class ReceiptJson {
  private ReceiptJson() {}

  /** The receipt of transaction {@code index} of {@code block}. */
  public static ObjectNode of(Block block, List<Receipt> receipts, int index) {
    BlockHeader header = block.header();
    Transaction tx = block.transactions().get(index);
    Receipt receipt = receipts.get(index);
    long before = index == 0 ? 0 : receipts.get(index - 1).cumulativeGasUsed();
    ObjectNode o = Json.object();
    o.set("blockHash", Json.hash(block.hash()));
    o.set("blockNumber", Json.quantity(header.number()));
    o.set("contractAddress", Json.NULL);
    o.set("cumulativeGasUsed", Json.quantity(receipt.cumulativeGasUsed()));
    o.set("effectiveGasPrice", Json.quantity(GasFees.effectiveGasPrice(tx, header.baseFeePerGas())));
    o.set("from", tx.sender().map(Json::address).orElse(Json.NULL));
    o.set("gasUsed", Json.quantity(receipt.cumulativeGasUsed() - before));
    o.set("logs", Json.array());
    o.set("logsBloom", Json.data(BlockHeader.ZERO_BLOOM));
    o.set("status", receipt.success() ? Json.quantity(1) : Json.quantity(0));
    o.set("to", tx.to().map(Json::address).orElse(Json.NULL));
    o.set("transactionHash", Json.hash(tx.hash()));
    o.set("transactionIndex", Json.quantity(index));
    o.set("type", Json.quantity(receipt.type()));
    return o;
  }

  public static ArrayNode all(Block block, List<Receipt> receipts) {
    ArrayNode out = Json.array();
    for (int i = 0; i < receipts.size(); i++) {
      out.add(of(block, receipts, i));
    }
    return out;
  }
}
