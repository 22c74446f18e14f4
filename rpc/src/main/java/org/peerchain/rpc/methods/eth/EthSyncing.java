package org.peerchain.rpc.methods.eth;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.peerchain.rpc.api.NodeInfo;
import org.peerchain.rpc.api.SyncProgress;

/** false when in sync, else geth's progress object (the snap-sync counters stay zero: peerchain syncs blocks). */
public final class EthSyncing implements RpcMethod {
  private static final String[] SNAP_COUNTERS = {
      "syncedAccounts", "syncedAccountBytes", "syncedBytecodes", "syncedBytecodeBytes", "syncedStorage",
      "syncedStorageBytes", "healedTrienodes", "healedTrienodeBytes", "healedBytecodes", "healedBytecodeBytes",
      "healingTrienodes", "healingBytecode", "txIndexFinishedBlocks", "txIndexRemainingBlocks"};

  private final NodeInfo node;

  public EthSyncing(NodeInfo node) {
    this.node = node;
  }

  @Override
  public String name() {
    return "eth_syncing";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(0);
    return node.syncing().<JsonNode>map(EthSyncing::progress).orElse(Json.FALSE);
  }

  private static ObjectNode progress(SyncProgress p) {
    ObjectNode o = Json.object();
    o.set("startingBlock", Json.quantity(p.startingBlock()));
    o.set("currentBlock", Json.quantity(p.currentBlock()));
    o.set("highestBlock", Json.quantity(p.highestBlock()));
    for (String counter : SNAP_COUNTERS) {
      o.set(counter, Json.ZERO);
    }
    return o;
  }
}
