package org.peerchain.rpc.methods.eth;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.rpc.json.BlockJson;
import org.peerchain.rpc.params.BlockParameter;
import org.peerchain.rpc.params.HexData;

public final class EthGetBlockByHash implements RpcMethod {
  private final BlockResolver blocks;

  public EthGetBlockByHash(BlockResolver blocks) {
    this.blocks = blocks;
  }

  @Override
  public String name() {
    return "eth_getBlockByHash";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(2);
    BlockParameter block = new BlockParameter.ByHash(params.required(0, "blockHash", HexData.HASH), false);
    boolean full = params.optional(1, "fullTransactions", HexData.BOOLEAN, false);
    return blocks.block(block).<JsonNode>map(b -> BlockJson.of(b, full)).orElse(Json.NULL);
  }
}
