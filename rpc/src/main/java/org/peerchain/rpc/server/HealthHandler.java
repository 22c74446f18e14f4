package org.peerchain.rpc.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.rpc.api.ChainAccess;

/** GET /health: 200 and the head, for load balancers and container probes. */
final class HealthHandler implements Handler {
  private final ChainAccess chain;

  HealthHandler(ChainAccess chain) {
    this.chain = chain;
  }

  @Override
  public void handle(Context ctx) {
    BlockHeader head = chain.head();
    ctx.contentType(HttpRpcHandler.JSON).result("{\"status\":\"ok\",\"blockNumber\":\"0x"
        + Long.toHexString(head.number()) + "\",\"blockHash\":\"" + head.hash().toHexString() + "\"}");
  }
}
