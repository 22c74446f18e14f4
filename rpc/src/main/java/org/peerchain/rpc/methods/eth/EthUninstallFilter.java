package org.peerchain.rpc.methods.eth;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.rpc.filters.FilterManager;
import org.peerchain.rpc.params.HexData;

public final class EthUninstallFilter implements RpcMethod {
  private final FilterManager filters;

  public EthUninstallFilter(FilterManager filters) {
    this.filters = filters;
  }

  @Override
  public String name() {
    return "eth_uninstallFilter";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(1);
    return filters.uninstall(params.required(0, "filterId", HexData.STRING)) ? Json.TRUE : Json.FALSE;
  }
}
