package org.peerchain.rpc.methods.eth;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;
import java.util.List;
import java.util.Optional;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.Receipt;
import org.peerchain.core.types.Hash;
import org.peerchain.rpc.api.ChainAccess;
import org.peerchain.rpc.json.ReceiptJson;
import org.peerchain.rpc.params.HexData;
import org.peerchain.storage.chain.TxLocation;

public final class EthGetTransactionReceipt implements RpcMethod {
  private final ChainAccess chain;

  public EthGetTransactionReceipt(ChainAccess chain) {
    this.chain = chain;
  }

  @Override
  public String name() {
    return "eth_getTransactionReceipt";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(1);
    Hash hash = params.required(0, "transactionHash", HexData.HASH);
    return find(chain, hash).orElse(Json.NULL);
  }

  /** The receipt of a mined transaction as this method answers it; empty while it is not in a block. */
  static Optional<JsonNode> find(ChainAccess chain, Hash hash) {
    Optional<TxLocation> at = chain.txLocation(hash);
    if (at.isEmpty()) {
      return Optional.empty();
    }
    Optional<Block> block = chain.block(at.get().blockHash());
    Optional<List<Receipt>> receipts = chain.receipts(at.get().blockHash());
    if (block.isEmpty() || receipts.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(ReceiptJson.of(block.get(), receipts.get(), at.get().index()));
  }
}
