package org.peerchain.rpc.methods.net;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.api.NodeInfo;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;

public final class NetPeerCount implements RpcMethod {
  private final NodeInfo node;

  public NetPeerCount(NodeInfo node) {
    this.node = node;
  }

  @Override
  public String name() {
    return "net_peerCount";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(0);
    return Json.quantity(node.peerCount());
  }
}
