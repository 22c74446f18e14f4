package org.peerchain.rpc.methods.web3;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.api.NodeInfo;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;

public final class Web3ClientVersion implements RpcMethod {
  private final JsonNode version;

  public Web3ClientVersion(NodeInfo node) {
    this.version = Json.text(node.clientVersion());
  }

  @Override
  public String name() {
    return "web3_clientVersion";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(0);
    return version;
  }
}
