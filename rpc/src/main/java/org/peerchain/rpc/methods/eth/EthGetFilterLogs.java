package org.peerchain.rpc.methods.eth;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.rpc.filters.FilterKind;
import org.peerchain.rpc.filters.FilterManager;
import org.peerchain.rpc.params.HexData;

/** All logs a log filter matches: none. Like geth, only log filters have logs. */
public final class EthGetFilterLogs implements RpcMethod {
  private final FilterManager filters;

  public EthGetFilterLogs(FilterManager filters) {
    this.filters = filters;
  }

  @Override
  public String name() {
    return "eth_getFilterLogs";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(1);
    String id = params.required(0, "filterId", HexData.STRING);
    if (filters.kind(id).filter(k -> k == FilterKind.LOGS).isEmpty()) {
      throw FilterInstall.notFound();
    }
    return Json.array();
  }
}
