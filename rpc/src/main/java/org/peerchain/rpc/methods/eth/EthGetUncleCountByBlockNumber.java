package org.peerchain.rpc.methods.eth;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.rpc.params.BlockParameter;
import org.peerchain.rpc.params.BlockParameters;

/** Peerchain blocks have no uncles: "0x0" for a known block, null for an unknown one. */
public final class EthGetUncleCountByBlockNumber implements RpcMethod {
  private final BlockResolver blocks;

  public EthGetUncleCountByBlockNumber(BlockResolver blocks) {
    this.blocks = blocks;
  }

  @Override
  public String name() {
    return "eth_getUncleCountByBlockNumber";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(1);
    BlockParameter block = params.required(0, "block", BlockParameters.TAG_OR_NUMBER);
    return blocks.header(block).<JsonNode>map(h -> Json.ZERO).orElse(Json.NULL);
  }
}
