package org.peerchain.rpc.methods.eth;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.peerchain.consensus.ledger.GasFees;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.Receipt;
import org.peerchain.core.types.UInt256;
import org.peerchain.rpc.api.ChainAccess;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.RpcException;

/**
 * eth_feeHistory over a range of blocks, geth's algorithm: base fees (one more than blocks: the
 * next block's), gas used ratios, and per block the tips at the given percentiles of gas used,
 * transactions sorted by tip.
 */
final class FeeHistory {
  static final int MAX_BLOCKS = 1024;

  private final ChainAccess chain;

  FeeHistory(ChainAccess chain) {
    this.chain = chain;
  }

  ObjectNode compute(long count, long newest, double[] percentiles) {
    ObjectNode result = Json.object();
    long head = chain.head().number();
    if (newest > head) {
      throw RpcException.server("request beyond head block: requested " + newest + ", head " + head);
    }
    long blocks = Math.min(count, MAX_BLOCKS);
    if (blocks == 0) {
      result.set("oldestBlock", Json.ZERO);
      result.set("baseFeePerGas", Json.array());
      result.set("gasUsedRatio", Json.array());
      return result;
    }
    long oldest = Math.max(0, newest - blocks + 1);
    ArrayNode baseFees = Json.array();
    ArrayNode ratios = Json.array();
    ArrayNode rewards = Json.array();
    for (long n = oldest; n <= newest; n++) {
      Block block = chain.block(n).orElseThrow(() -> RpcException.server("header not found"));
      baseFees.add(Json.quantity(block.header().baseFeePerGas()));
      long limit = block.header().gasLimit();
      ratios.add(limit == 0 ? 0.0 : (double) block.header().gasUsed() / limit);
      if (percentiles.length > 0) {
        rewards.add(rewards(block, percentiles));
      }
    }
    UInt256 next = newest == head ? chain.nextBaseFee()
        : chain.header(newest + 1).map(h -> h.baseFeePerGas()).orElseGet(chain::nextBaseFee);
    baseFees.add(Json.quantity(next));
    result.set("oldestBlock", Json.quantity(oldest));
    if (percentiles.length > 0) {
      result.set("reward", rewards);
    }
    result.set("baseFeePerGas", baseFees);
    result.set("gasUsedRatio", ratios);
    return result;
  }

  private record TxTip(UInt256 tip, long gasUsed) {}

  private ArrayNode rewards(Block block, double[] percentiles) {
    ArrayNode out = Json.array();
    if (block.transactions().isEmpty()) {
      for (int i = 0; i < percentiles.length; i++) {
        out.add(Json.ZERO);
      }
      return out;
    }
    List<Receipt> receipts = chain.receipts(block.hash()).orElseThrow(() -> RpcException.server("receipts not found"));
    UInt256 baseFee = block.header().baseFeePerGas();
    List<TxTip> sorted = new ArrayList<>();
    long before = 0;
    for (int i = 0; i < receipts.size(); i++) {
      long cumulative = receipts.get(i).cumulativeGasUsed();
      sorted.add(new TxTip(GasFees.tipPerGas(block.transactions().get(i), baseFee), cumulative - before));
      before = cumulative;
    }
    sorted.sort((a, b) -> a.tip.compareTo(b.tip));
    int index = 0;
    long sumGasUsed = sorted.get(0).gasUsed;
    for (double p : percentiles) {
      long threshold = (long) (block.header().gasUsed() * p / 100);
      while (sumGasUsed < threshold && index < sorted.size() - 1) {
        index++;
        sumGasUsed += sorted.get(index).gasUsed;
      }
      out.add(Json.quantity(sorted.get(index).tip));
    }
    return out;
  }
}
