package org.peerchain.rpc.methods.ots;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.rpc.params.HexData;

/** No contracts (no EVM), so no address has a creator: null once the address checks out. */
public final class OtsGetContractCreator implements RpcMethod {
  @Override
  public String name() {
    return "ots_getContractCreator";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(1);
    params.required(0, "address", HexData.ADDRESS);
    return Json.NULL;
  }
}
