package org.peerchain.rpc.methods.eth;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.rpc.api.ChainAccess;

public final class EthBlockNumber implements RpcMethod {
  private final ChainAccess chain;

  public EthBlockNumber(ChainAccess chain) {
    this.chain = chain;
  }

  @Override
  public String name() {
    return "eth_blockNumber";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(0);
    return Json.quantity(chain.head().number());
  }
}
