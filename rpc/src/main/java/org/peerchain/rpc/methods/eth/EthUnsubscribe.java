package org.peerchain.rpc.methods.eth;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.rpc.params.HexData;
import org.peerchain.rpc.subscriptions.Subscriptions;

public final class EthUnsubscribe implements RpcMethod {
  @Override
  public String name() {
    return "eth_unsubscribe";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    Subscriptions subscriptions = context.subscriptions().orElseThrow(EthSubscribe::unsupported);
    params.atMost(1);
    return subscriptions.unsubscribe(params.required(0, "subscriptionId", HexData.STRING)) ? Json.TRUE : Json.FALSE;
  }
}
