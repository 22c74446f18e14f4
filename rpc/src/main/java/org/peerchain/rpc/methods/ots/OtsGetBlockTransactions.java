package org.peerchain.rpc.methods.ots;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.rpc.methods.eth.BlockResolver;

/**
 * One page of a block's transactions in block order, with their receipts: page {@code pageNumber}
 * (from 0) of {@code pageSize}. A page past the end is empty; an unknown block is null.
 */
public final class OtsGetBlockTransactions implements RpcMethod {
  private final BlockResolver blocks;

  public OtsGetBlockTransactions(BlockResolver blocks) {
    this.blocks = blocks;
  }

  @Override
  public String name() {
    return "ots_getBlockTransactions";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(3);
    var block = params.required(0, "blockNumber", OtsParams.BLOCK);
    long pageNumber = params.required(1, "pageNumber", OtsParams.NUMBER);
    int pageSize = params.required(2, "pageSize", OtsParams.PAGE_SIZE);
    return BlockWithReceipts.read(blocks.chain(), blocks.block(block)).<JsonNode>map(b -> {
      int count = b.block().transactions().size();
      // pageNumber may be huge; a page past the end is empty, without overflowing the product.
      int from = pageNumber >= count ? count : (int) Math.min(count, pageNumber * pageSize);
      int to = (int) Math.min(count, (long) from + pageSize);
      return OtsJson.blockTransactions(b.block(), b.receipts(), from, to);
    }).orElse(Json.NULL);
  }
}
