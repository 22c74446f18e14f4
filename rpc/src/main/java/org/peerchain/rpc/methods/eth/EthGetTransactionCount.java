package org.peerchain.rpc.methods.eth;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.core.types.Address;
import org.peerchain.rpc.api.TxSubmitter;
import org.peerchain.rpc.params.BlockParameter;
import org.peerchain.rpc.params.BlockParameters;
import org.peerchain.rpc.params.HexData;

/** The account nonce at a block; at "pending", the next nonce counting pooled transactions. */
public final class EthGetTransactionCount implements RpcMethod {
  private final BlockResolver blocks;
  private final TxSubmitter pool;

  public EthGetTransactionCount(BlockResolver blocks, TxSubmitter pool) {
    this.blocks = blocks;
    this.pool = pool;
  }

  @Override
  public String name() {
    return "eth_getTransactionCount";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(2);
    Address address = params.required(0, "address", HexData.ADDRESS);
    BlockParameter block = params.optional(1, "block", BlockParameters.NUMBER_OR_HASH, BlockParameter.LATEST);
    if (block == BlockParameter.Tag.PENDING) {
      return Json.quantity(pool.pendingNonce(address));
    }
    return Json.quantity(blocks.account(address, block).nonce());
  }
}
