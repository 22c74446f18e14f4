package org.peerchain.rpc.methods.eth;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.rpc.params.BlockParameter;
import org.peerchain.rpc.params.BlockParameters;
import org.peerchain.rpc.params.HexData;

/** No account has code: always "0x", once the arguments and the block check out. */
public final class EthGetCode implements RpcMethod {
  private final BlockResolver blocks;

  public EthGetCode(BlockResolver blocks) {
    this.blocks = blocks;
  }

  @Override
  public String name() {
    return "eth_getCode";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(2);
    params.required(0, "address", HexData.ADDRESS);
    blocks.headerForState(params.optional(1, "block", BlockParameters.NUMBER_OR_HASH, BlockParameter.LATEST));
    return Json.EMPTY_DATA;
  }
}
