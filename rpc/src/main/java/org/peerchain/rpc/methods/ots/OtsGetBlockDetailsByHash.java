package org.peerchain.rpc.methods.ots;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.api.ChainAccess;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.rpc.params.HexData;

/** ots_getBlockDetails by block hash; null for an unknown hash. */
public final class OtsGetBlockDetailsByHash implements RpcMethod {
  private final ChainAccess chain;

  public OtsGetBlockDetailsByHash(ChainAccess chain) {
    this.chain = chain;
  }

  @Override
  public String name() {
    return "ots_getBlockDetailsByHash";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(1);
    return BlockWithReceipts.read(chain, chain.block(params.required(0, "blockHash", HexData.HASH)))
        .<JsonNode>map(b -> OtsJson.blockDetails(b.block(), b.receipts())).orElse(Json.NULL);
  }
}
