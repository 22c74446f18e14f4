package org.peerchain.rpc.methods.peerchain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.rpc.api.ChainAccess;
import org.peerchain.rpc.api.NodeInfo;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;

/** Who this node is and where its chain stands. */
public final class PeerchainNodeInfo implements RpcMethod {
  private final NodeInfo node;
  private final ChainAccess chain;

  public PeerchainNodeInfo(NodeInfo node, ChainAccess chain) {
    this.node = node;
    this.chain = chain;
  }

  @Override
  public String name() {
    return "peerchain_nodeInfo";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(0);
    BlockHeader head = chain.head();
    ObjectNode o = Json.object();
    o.put("nodeId", node.nodeId());
    o.put("enode", node.enode());
    o.put("clientVersion", node.clientVersion());
    o.set("chainId", Json.quantity(node.chainId()));
    o.set("peerCount", Json.quantity(node.peerCount()));
    o.put("listening", node.listening());
    o.put("syncing", node.syncing().isPresent());
    ObjectNode h = o.putObject("head");
    h.set("number", Json.quantity(head.number()));
    h.set("hash", Json.hash(head.hash()));
    h.set("timestamp", Json.quantity(head.timestamp()));
    return o;
  }
}
