package org.peerchain.rpc.methods.eth;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;
import java.util.Optional;
import org.peerchain.core.block.Block;
import org.peerchain.core.types.Hash;
import org.peerchain.rpc.api.ChainAccess;
import org.peerchain.rpc.api.TxSubmitter;
import org.peerchain.rpc.json.TransactionJson;
import org.peerchain.rpc.params.HexData;
import org.peerchain.storage.chain.TxLocation;

/** A mined transaction, else a pooled one (with null block fields), else null. */
public final class EthGetTransactionByHash implements RpcMethod {
  private final ChainAccess chain;
  private final TxSubmitter pool;

  public EthGetTransactionByHash(ChainAccess chain, TxSubmitter pool) {
    this.chain = chain;
    this.pool = pool;
  }

  @Override
  public String name() {
    return "eth_getTransactionByHash";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(1);
    Hash hash = params.required(0, "transactionHash", HexData.HASH);
    Optional<TxLocation> at = chain.txLocation(hash);
    if (at.isPresent()) {
      Optional<Block> block = chain.block(at.get().blockHash());
      if (block.isPresent()) {
        return TransactionAt.json(block.get(), at.get().index());
      }
    }
    return pool.pendingTransaction(hash).<JsonNode>map(TransactionJson::pending).orElse(Json.NULL);
  }
}
