package org.peerchain.rpc.methods.eth;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.rpc.params.BlockParameter;
import org.peerchain.rpc.params.BlockParameters;
import org.peerchain.rpc.params.ParamParser;
import org.peerchain.rpc.params.Quantities;

public final class EthFeeHistory implements RpcMethod {
  /** geth's HexOrDecimal64: "0x5", "5" or 5. */
  static final ParamParser<Long> BLOCK_COUNT = node -> {
    if (node.isIntegralNumber()) {
      if (!node.canConvertToLong() || node.longValue() < 0) {
        throw new IllegalArgumentException("block count must be a non-negative 64-bit integer");
      }
      return node.longValue();
    }
    if (node.isTextual() && !node.textValue().startsWith("0x") && !node.textValue().isEmpty()
        // ASCII digits only: Character.isDigit (and Long.parseLong) take any script's digits.
        && node.textValue().chars().allMatch(c -> c >= '0' && c <= '9')) {
      try {
        return Long.parseLong(node.textValue());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("block count does not fit in 64 bits");
      }
    }
    long count = Quantities.UINT64.parse(node);
    return count < 0 ? Long.MAX_VALUE : count;
  };
  static final ParamParser<double[]> PERCENTILES = node -> {
    if (!node.isArray()) {
      throw new IllegalArgumentException("expected an array of percentiles");
    }
    double[] out = new double[node.size()];
    for (int i = 0; i < out.length; i++) {
      JsonNode p = node.get(i);
      if (!p.isNumber()) {
        throw new IllegalArgumentException("percentile " + i + " is not a number");
      }
      out[i] = p.doubleValue();
      if (out[i] < 0 || out[i] > 100) {
        throw new IllegalArgumentException("invalid reward percentile: " + p.asText());
      }
      if (i > 0 && out[i] < out[i - 1]) {
        throw new IllegalArgumentException("invalid reward percentile: #" + (i - 1) + ":" + node.get(i - 1).asText()
            + " > #" + i + ":" + p.asText());
      }
    }
    return out;
  };

  private final BlockResolver blocks;
  private final FeeHistory history;

  public EthFeeHistory(BlockResolver blocks) {
    this.blocks = blocks;
    this.history = new FeeHistory(blocks.chain());
  }

  @Override
  public String name() {
    return "eth_feeHistory";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(3);
    long count = params.required(0, "blockCount", BLOCK_COUNT);
    BlockParameter newest = params.required(1, "newestBlock", BlockParameters.TAG_OR_NUMBER);
    double[] percentiles = params.optional(2, "rewardPercentiles", PERCENTILES, new double[0]);
    long newestNumber = newest instanceof BlockParameter.Number n ? n.number()
        : blocks.header(newest).map(BlockHeader::number).orElse(0L);
    return history.compute(count, newestNumber, percentiles);
  }
}
