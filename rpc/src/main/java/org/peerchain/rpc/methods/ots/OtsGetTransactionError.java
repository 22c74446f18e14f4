package org.peerchain.rpc.methods.ots;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.rpc.params.HexData;

/** No EVM, so no transaction has revert data: "0x", as anvil answers for a transaction without any. */
public final class OtsGetTransactionError implements RpcMethod {
  @Override
  public String name() {
    return "ots_getTransactionError";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(1);
    params.required(0, "transactionHash", HexData.HASH);
    return Json.EMPTY_DATA;
  }
}
