package org.peerchain.rpc.methods.eth;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;

/** Next base fee plus the suggested tip: what a legacy transaction should bid. */
public final class EthGasPrice implements RpcMethod {
  private final FeeOracle fees;

  public EthGasPrice(FeeOracle fees) {
    this.fees = fees;
  }

  @Override
  public String name() {
    return "eth_gasPrice";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(0);
    return Json.quantity(fees.gasPrice());
  }
}
