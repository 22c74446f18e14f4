package org.peerchain.rpc.methods.eth;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.rpc.filters.FilterKind;
import org.peerchain.rpc.filters.FilterManager;

public final class EthNewPendingTransactionFilter implements RpcMethod {
  private final FilterManager filters;

  public EthNewPendingTransactionFilter(FilterManager filters) {
    this.filters = filters;
  }

  @Override
  public String name() {
    return "eth_newPendingTransactionFilter";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(0);
    return Json.text(FilterInstall.install(filters, FilterKind.PENDING_TRANSACTIONS));
  }
}
