package org.peerchain.rpc.methods.eth;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.rpc.params.BlockParameter;
import org.peerchain.rpc.params.HexData;
import org.peerchain.rpc.params.Quantities;

public final class EthGetTransactionByBlockHashAndIndex implements RpcMethod {
  private final BlockResolver blocks;

  public EthGetTransactionByBlockHashAndIndex(BlockResolver blocks) {
    this.blocks = blocks;
  }

  @Override
  public String name() {
    return "eth_getTransactionByBlockHashAndIndex";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(2);
    BlockParameter block = new BlockParameter.ByHash(params.required(0, "blockHash", HexData.HASH), false);
    long index = params.required(1, "index", Quantities.UINT64);
    return blocks.block(block).map(b -> TransactionAt.json(b, index)).orElse(Json.NULL);
  }
}
