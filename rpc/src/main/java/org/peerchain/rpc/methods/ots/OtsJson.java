package org.peerchain.rpc.methods.ots;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.peerchain.consensus.ledger.GasFees;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.Receipt;
import org.peerchain.core.types.UInt256;
import org.peerchain.rpc.json.BlockJson;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.json.ReceiptJson;
import org.peerchain.rpc.json.TransactionJson;

/** Otterscan's result objects, built from the eth namespace's block, transaction and receipt objects. */
final class OtsJson {
  private OtsJson() {}

  /** ots_getBlockDetails: the block without its transactions but with their count (a JSON number, as Erigon and anvil), issuance and fees. */
  static ObjectNode blockDetails(Block block, List<Receipt> receipts) {
    ObjectNode header = BlockJson.of(block, false);
    header.remove("transactions");
    header.set("transactionCount", IntNode.valueOf(block.transactions().size()));
    ObjectNode o = Json.object();
    o.set("block", header);
    // No block reward: the proposer earns tips only, which are fees, not issuance.
    ObjectNode issuance = o.putObject("issuance");
    issuance.set("blockReward", Json.ZERO);
    issuance.set("uncleReward", Json.ZERO);
    issuance.set("issuance", Json.ZERO);
    o.set("totalFees", Json.quantity(totalFees(block, receipts)));
    return o;
  }

  /** What senders paid in the block, base fee included: effective gas price times gas used. */
  static UInt256 totalFees(Block block, List<Receipt> receipts) {
    UInt256 total = UInt256.ZERO;
    long before = 0;
    for (int i = 0; i < receipts.size(); i++) {
      long cumulative = receipts.get(i).cumulativeGasUsed();
      UInt256 price = GasFees.effectiveGasPrice(block.transactions().get(i), block.header().baseFeePerGas());
      total = total.add(price.multiply(cumulative - before));
      before = cumulative;
    }
    return total;
  }

  /**
   * ots_getBlockTransactions: the block with one page of full transactions, and their receipts.
   * transactionCount is the whole block's, a JSON number: Otterscan pages with it as is.
   */
  static ObjectNode blockTransactions(Block block, List<Receipt> receipts, int from, int to) {
    ObjectNode full = BlockJson.of(block, false);
    ArrayNode txs = Json.array();
    ArrayNode receiptsJson = Json.array();
    for (int i = from; i < to; i++) {
      txs.add(transaction(block, i));
      receiptsJson.add(receipt(block, receipts, i));
    }
    full.set("transactions", txs);
    full.set("transactionCount", IntNode.valueOf(block.transactions().size()));
    ObjectNode o = Json.object();
    o.set("fullblock", full);
    o.set("receipts", receiptsJson);
    return o;
  }

  static ObjectNode transaction(Block block, int index) {
    return TransactionJson.mined(block.transactions().get(index),
        new TransactionJson.Inclusion(block.hash(), block.number(), index, block.header().baseFeePerGas()));
  }

  /** eth_getTransactionReceipt's object with the block's timestamp, which Otterscan lists beside each transaction. */
  static ObjectNode receipt(Block block, List<Receipt> receipts, int index) {
    ObjectNode o = ReceiptJson.of(block, receipts, index);
    o.set("timestamp", Json.quantity(block.header().timestamp()));
    return o;
  }
}
