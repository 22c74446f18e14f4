package org.peerchain.rpc.methods.anvil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.rpc.api.ChainAccess;
import org.peerchain.rpc.api.DevControl;
import org.peerchain.rpc.api.NodeInfo;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.RpcParams;
import org.peerchain.rpc.params.Quantities;

/**
 * anvil_metadata / hardhat_metadata: client, chain id, instance id (new per start and reset, so a
 * test can tell the node was reset), latest block, and the live snapshots as
 * {@code {"0x1": [number, hash]}}, as anvil.
 */
public final class AnvilMetadata extends DevMethod {
  private final ChainAccess chain;
  private final NodeInfo node;

  public AnvilMetadata(String name, DevControl dev, ChainAccess chain, NodeInfo node) {
    super(name, dev);
    this.chain = chain;
    this.node = node;
  }

  @Override
  protected JsonNode run(RpcParams params) {
    params.atMost(0);
    BlockHeader head = chain.head();
    ObjectNode o = Json.object();
    o.put("clientVersion", node.clientVersion());
    o.put("chainId", node.chainId());
    o.set("instanceId", Json.hash(dev.instanceId()));
    o.put("latestBlockNumber", head.number());
    o.set("latestBlockHash", Json.hash(head.hash()));
    o.set("forkedNetwork", Json.NULL);
    ObjectNode snapshots = o.putObject("snapshots");
    dev.snapshots().forEach((id, point) -> {
      ArrayNode at = snapshots.putArray(Quantities.format(id));
      at.add(point.number());
      at.add(Json.hash(point.hash()));
    });
    return o;
  }
}
