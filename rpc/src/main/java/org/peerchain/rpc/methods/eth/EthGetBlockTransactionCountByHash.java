package org.peerchain.rpc.methods.eth;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.rpc.params.BlockParameter;
import org.peerchain.rpc.params.HexData;

public final class EthGetBlockTransactionCountByHash implements RpcMethod {
  private final BlockResolver blocks;

  public EthGetBlockTransactionCountByHash(BlockResolver blocks) {
    this.blocks = blocks;
  }

  @Override
  public String name() {
    return "eth_getBlockTransactionCountByHash";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(1);
    BlockParameter block = new BlockParameter.ByHash(params.required(0, "blockHash", HexData.HASH), false);
    return blocks.block(block).<JsonNode>map(b -> Json.quantity(b.transactions().size())).orElse(Json.NULL);
  }
}
