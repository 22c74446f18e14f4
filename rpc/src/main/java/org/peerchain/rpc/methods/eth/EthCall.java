package org.peerchain.rpc.methods.eth;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.rpc.methods.RpcException;
import org.peerchain.rpc.params.BlockParameter;
import org.peerchain.rpc.params.BlockParameters;
import org.peerchain.rpc.params.CallRequest;
import org.peerchain.rpc.params.CallRequestParser;

/** There is no code to run: a call to any account returns empty data; deployment is refused. */
public final class EthCall implements RpcMethod {
  private final BlockResolver blocks;

  public EthCall(BlockResolver blocks) {
    this.blocks = blocks;
  }

  @Override
  public String name() {
    return "eth_call";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    // A third argument (state overrides) is accepted and has nothing to override.
    params.atMost(3);
    CallRequest call = params.required(0, "transaction", CallRequestParser.INSTANCE);
    blocks.headerForState(params.optional(1, "block", BlockParameters.NUMBER_OR_HASH, BlockParameter.LATEST));
    if (call.isContractCreation()) {
      throw RpcException.server("contract creation is not supported");
    }
    return Json.EMPTY_DATA;
  }
}
