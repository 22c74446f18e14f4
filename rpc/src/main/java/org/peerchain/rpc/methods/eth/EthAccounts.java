package org.peerchain.rpc.methods.eth;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.Optional;
import org.peerchain.rpc.api.DevSigner;

/** The dev accounts the node signs for; [] on a node without them. */
public final class EthAccounts implements RpcMethod {
  private final JsonNode accounts;

  public EthAccounts(Optional<DevSigner> signer) {
    ArrayNode list = Json.array();
    signer.ifPresent(s -> s.accounts().forEach(a -> list.add(Json.address(a))));
    this.accounts = list;
  }

  @Override
  public String name() {
    return "eth_accounts";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(0);
    return accounts.deepCopy();
  }
}
