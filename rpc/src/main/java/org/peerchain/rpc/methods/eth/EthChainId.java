package org.peerchain.rpc.methods.eth;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.rpc.api.NodeInfo;

public final class EthChainId implements RpcMethod {
  private final JsonNode chainId;

  public EthChainId(NodeInfo node) {
    this.chainId = Json.quantity(node.chainId());
  }

  @Override
  public String name() {
    return "eth_chainId";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(0);
    return chainId;
  }
}
