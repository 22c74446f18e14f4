package org.peerchain.rpc.methods.txpool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.peerchain.rpc.api.PoolStatus;
import org.peerchain.rpc.api.TxSubmitter;
import org.peerchain.rpc.json.Json;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcMethod;
import org.peerchain.rpc.methods.RpcParams;

public final class TxpoolStatus implements RpcMethod {
  private final TxSubmitter pool;

  public TxpoolStatus(TxSubmitter pool) {
    this.pool = pool;
  }

  @Override
  public String name() {
    return "txpool_status";
  }

  @Override
  public JsonNode execute(RpcParams params, CallContext context) {
    params.atMost(0);
    PoolStatus status = pool.status();
    ObjectNode o = Json.object();
    o.set("pending", Json.quantity(status.pending()));
    o.set("queued", Json.quantity(status.queued()));
    return o;
  }
}
