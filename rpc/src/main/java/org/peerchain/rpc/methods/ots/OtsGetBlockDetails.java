package org.peerchain.rpc.methods.ots;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.rpc.methods.eth.BlockResolver;

/** A block's header, transaction count, issuance and fees; null for a block the chain does not have. */
public final class OtsGetBlockDetails implements RpcMethod {
  private final BlockResolver blocks;

  public OtsGetBlockDetails(BlockResolver blocks) {
    this.blocks = blocks;
  }

  @Override
  public String name() {
    return "ots_getBlockDetails";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(1);
    return BlockWithReceipts.read(blocks.chain(), blocks.block(params.required(0, "blockNumber", OtsParams.BLOCK)))
        .<JsonNode>map(b -> OtsJson.blockDetails(b.block(), b.receipts())).orElse(Json.NULL);
  }
}
