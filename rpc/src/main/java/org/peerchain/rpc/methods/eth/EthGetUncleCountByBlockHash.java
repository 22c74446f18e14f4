package org.peerchain.rpc.methods.eth;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.rpc.params.BlockParameter;
import org.peerchain.rpc.params.HexData;

/** Peerchain blocks have no uncles: "0x0" for a known block, null for an unknown one. */
public final class EthGetUncleCountByBlockHash implements RpcMethod {
  private final BlockResolver blocks;

  public EthGetUncleCountByBlockHash(BlockResolver blocks) {
    this.blocks = blocks;
  }

  @Override
  public String name() {
    return "eth_getUncleCountByBlockHash";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(1);
    BlockParameter block = new BlockParameter.ByHash(params.required(0, "blockHash", HexData.HASH), false);
    return blocks.header(block).<JsonNode>map(h -> Json.ZERO).orElse(Json.NULL);
  }
}
