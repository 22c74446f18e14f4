package org.peerchain.rpc.methods.ots;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.rpc.methods.eth.BlockResolver;

/**
 * One page of a block's transactions with their receipts. Page 0 is the last {@code pageSize}
 * transactions of the block, page 1 the ones before them, each in block order (Erigon's paging,
 * which Otterscan's block page expects; anvil pages from the front). A page past the start is
 * empty; an unknown block is null.
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
      // Pages count from the end of the block, as Erigon's, whose answer Otterscan reverses to list
      // the newest first. pageNumber may be huge: at or past the count, the page is empty.
      int to = pageNumber >= count ? 0 : (int) Math.max(0, count - pageNumber * pageSize);
      int from = Math.max(0, to - pageSize);
      return OtsJson.blockTransactions(b.block(), b.receipts(), from, to);
    }).orElse(Json.NULL);
  }
}
