package org.peerchain.rpc.methods.ots;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;

/** The Otterscan API level anvil reports (8); Otterscan refuses a node below the level it needs. */
public final class OtsGetApiLevel implements RpcMethod {
  static final int API_LEVEL = 8;

  @Override
  public String name() {
    return "ots_getApiLevel";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(0);
    return IntNode.valueOf(API_LEVEL);
  }
}
