package org.peerchain.rpc.methods.net;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.api.NodeInfo;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;

public final class NetListening implements RpcMethod {
  private final NodeInfo node;

  public NetListening(NodeInfo node) {
    this.node = node;
  }

  @Override
  public String name() {
    return "net_listening";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(0);
    return node.listening() ? Json.TRUE : Json.FALSE;
  }
}
