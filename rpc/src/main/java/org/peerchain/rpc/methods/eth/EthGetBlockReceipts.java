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
import org.peerchain.rpc.json.ReceiptJson;
import org.peerchain.rpc.params.BlockParameters;

public final class EthGetBlockReceipts implements RpcMethod {
  private final BlockResolver blocks;

  public EthGetBlockReceipts(BlockResolver blocks) {
    this.blocks = blocks;
  }

  @Override
  public String name() {
    return "eth_getBlockReceipts";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(1);
    Optional<Block> block = blocks.block(params.required(0, "block", BlockParameters.NUMBER_OR_HASH));
    if (block.isEmpty()) {
      return Json.NULL;
    }
    Optional<List<Receipt>> receipts = blocks.chain().receipts(block.get().hash());
    return receipts.<JsonNode>map(r -> ReceiptJson.all(block.get(), r)).orElse(Json.NULL);
  }
}
