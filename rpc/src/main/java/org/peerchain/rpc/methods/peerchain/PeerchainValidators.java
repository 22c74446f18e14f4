package org.peerchain.rpc.methods.peerchain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.peerchain.rpc.api.NodeInfo;
import org.peerchain.rpc.api.ValidatorInfo;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;

/** The current validator set: [{address, votingPower}]. */
public final class PeerchainValidators implements RpcMethod {
  private final NodeInfo node;

  public PeerchainValidators(NodeInfo node) {
    this.node = node;
  }

  @Override
  public String name() {
    return "peerchain_validators";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(0);
    ArrayNode out = Json.array();
    for (ValidatorInfo v : node.validators()) {
      ObjectNode o = out.addObject();
      o.set("address", Json.address(v.address()));
      o.set("votingPower", Json.quantity(v.votingPower()));
    }
    return out;
  }
}
