package org.peerchain.rpc.methods.eth;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.rpc.filters.FilterKind;
import org.peerchain.rpc.filters.FilterManager;
import org.peerchain.rpc.params.LogFilterParser;

/** A log filter: validated and kept so clients can poll it, but it never has changes. */
public final class EthNewFilter implements RpcMethod {
  private final FilterManager filters;

  public EthNewFilter(FilterManager filters) {
    this.filters = filters;
  }

  @Override
  public String name() {
    return "eth_newFilter";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(1);
    params.required(0, "filter", LogFilterParser.INSTANCE);
    return Json.text(FilterInstall.install(filters, FilterKind.LOGS));
  }
}
