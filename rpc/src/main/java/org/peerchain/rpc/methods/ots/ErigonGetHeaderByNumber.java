package org.peerchain.rpc.methods.ots;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.json.BlockJson;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.Namespace;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.rpc.methods.eth.BlockResolver;

/**
 * Erigon's header read, which Otterscan probes before anything else and polls for the latest
 * block: the block object with transaction hashes, as anvil answers it. Part of the ots namespace,
 * because Otterscan is the reason to serve it.
 */
public final class ErigonGetHeaderByNumber implements RpcMethod {
  private final BlockResolver blocks;

  public ErigonGetHeaderByNumber(BlockResolver blocks) {
    this.blocks = blocks;
  }

  @Override
  public String name() {
    return "erigon_getHeaderByNumber";
  }

  @Override
  public Namespace namespace() {
    return Namespace.OTS;
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(1);
    return blocks.block(params.required(0, "blockNumber", OtsParams.BLOCK))
        .<JsonNode>map(b -> BlockJson.of(b, false)).orElse(Json.NULL);
  }
}
