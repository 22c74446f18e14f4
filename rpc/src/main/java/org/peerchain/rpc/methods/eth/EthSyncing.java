package org.peerchain.rpc.methods.eth;

import com.fasterxml.jackson.databind.JsonNode;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.peerchain.rpc.api.NodeInfo;
import org.peerchain.rpc.api.SyncProgress;

/**
 * false when in sync, else geth's progress object. During block sync geth's snap counters stay
 * zero; during snap sync (no block held yet: currentBlock 0, highestBlock the pivot) syncedAccounts
 * and syncedAccountBytes count, and peerchain's fields say the rest: earliestBlock (null: nothing
 * held), pivotBlock, snapRangesDone, snapRangesTotal, snapPeers and snapEtaSeconds (null while
 * unknown).
 */
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
    p.snap().ifPresent(snap -> {
      // geth's names for what snap sync counts, then ours for what geth does not report: the pivot
      // (whose block is the earliest this node will hold), ranges, serving peers and the ETA.
      o.set("syncedAccounts", Json.quantity(snap.accounts()));
      o.set("syncedAccountBytes", Json.quantity(snap.bytes()));
      o.set("earliestBlock", Json.NULL);
      o.set("pivotBlock", Json.quantity(snap.pivot()));
      o.set("snapRangesDone", Json.quantity(snap.rangesDone()));
      o.set("snapRangesTotal", Json.quantity(snap.rangesTotal()));
      o.set("snapPeers", Json.quantity(snap.peers()));
      o.set("snapEtaSeconds", snap.etaSeconds().isPresent() ? Json.quantity(snap.etaSeconds().getAsLong()) : Json.NULL);
    });
    return o;
  }
}
