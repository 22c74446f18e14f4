package org.peerchain.rpc.methods.eth;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import org.peerchain.core.types.Hash;
import org.peerchain.rpc.filters.FilterManager;
import org.peerchain.rpc.params.HexData;

/** Block or transaction hashes since the last poll; always [] for a log filter. */
public final class EthGetFilterChanges implements RpcMethod {
  private final FilterManager filters;

  public EthGetFilterChanges(FilterManager filters) {
    this.filters = filters;
  }

  @Override
  public String name() {
    return "eth_getFilterChanges";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(1);
    String id = params.required(0, "filterId", HexData.STRING);
    List<Hash> changes = filters.changes(id).orElseThrow(FilterInstall::notFound);
    ArrayNode out = Json.array();
    changes.forEach(h -> out.add(Json.hash(h)));
    return out;
  }
}
