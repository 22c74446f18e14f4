package org.peerchain.rpc.methods.eth;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.core.types.Address;
import org.peerchain.rpc.params.BlockParameter;
import org.peerchain.rpc.params.BlockParameters;
import org.peerchain.rpc.params.HexData;

public final class EthGetBalance implements RpcMethod {
  private final BlockResolver blocks;

  public EthGetBalance(BlockResolver blocks) {
    this.blocks = blocks;
  }

  @Override
  public String name() {
    return "eth_getBalance";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(2);
    Address address = params.required(0, "address", HexData.ADDRESS);
    BlockParameter block = params.optional(1, "block", BlockParameters.NUMBER_OR_HASH, BlockParameter.LATEST);
    return Json.quantity(blocks.account(address, block).balance());
  }
}
