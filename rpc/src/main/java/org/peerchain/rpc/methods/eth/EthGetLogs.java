package org.peerchain.rpc.methods.eth;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.rpc.methods.RpcException;
import org.peerchain.rpc.params.LogFilter;
import org.peerchain.rpc.params.LogFilterParser;

/** Transfers emit no logs: every valid query has an empty answer. */
public final class EthGetLogs implements RpcMethod {
  private final BlockResolver blocks;

  public EthGetLogs(BlockResolver blocks) {
    this.blocks = blocks;
  }

  @Override
  public String name() {
    return "eth_getLogs";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(1);
    LogFilter filter = params.required(0, "filter", LogFilterParser.INSTANCE);
    if (filter.blockHash().isPresent() && blocks.chain().header(filter.blockHash().get()).isEmpty()) {
      throw RpcException.server("unknown block");
    }
    return Json.array();
  }
}
