package org.peerchain.rpc.methods.ots;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.rpc.methods.eth.BlockResolver;
import org.peerchain.rpc.params.BlockParameter;
import org.peerchain.rpc.params.HexData;

/** No account has code: false, once the address and the block check out (as eth_getCode). */
public final class OtsHasCode implements RpcMethod {
  private final BlockResolver blocks;

  public OtsHasCode(BlockResolver blocks) {
    this.blocks = blocks;
  }

  @Override
  public String name() {
    return "ots_hasCode";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(2);
    params.required(0, "address", HexData.ADDRESS);
    blocks.headerForState(params.optional(1, "block", OtsParams.BLOCK_OR_HASH, BlockParameter.LATEST));
    return Json.FALSE;
  }
}
