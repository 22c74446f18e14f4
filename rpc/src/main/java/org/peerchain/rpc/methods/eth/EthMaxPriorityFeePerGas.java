package org.peerchain.rpc.methods.eth;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;

public final class EthMaxPriorityFeePerGas implements RpcMethod {
  private final FeeOracle fees;

  public EthMaxPriorityFeePerGas(FeeOracle fees) {
    this.fees = fees;
  }

  @Override
  public String name() {
    return "eth_maxPriorityFeePerGas";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(0);
    return Json.quantity(fees.suggestedTip());
  }
}
