package org.peerchain.rpc.methods.net;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.api.NodeInfo;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;

/** The network id, which is the chain id, as a decimal string. */
public final class NetVersion implements RpcMethod {
  private final JsonNode version;

  public NetVersion(NodeInfo node) {
    this.version = Json.text(Long.toString(node.chainId()));
  }

  @Override
  public String name() {
    return "net_version";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(0);
    return version;
  }
}
