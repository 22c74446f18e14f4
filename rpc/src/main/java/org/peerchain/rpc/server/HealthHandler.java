package org.peerchain.rpc.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Optional;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.rpc.api.ChainAccess;
import org.peerchain.rpc.api.NodeInfo;

/**
 * GET /health, for load balancers and container probes: 200 and the head while the node works; 503
 * with the reason once it cannot (consensus halted), so a probe restarts or drains it.
 */
final class HealthHandler implements Handler {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int UNAVAILABLE = 503;

  private final ChainAccess chain;
  private final NodeInfo node;

  HealthHandler(ChainAccess chain, NodeInfo node) {
    this.chain = chain;
    this.node = node;
  }

  @Override
  public void handle(Context ctx) {
    BlockHeader head = chain.head();
    Optional<String> unhealthy = node.unhealthyReason();
    ObjectNode body = MAPPER.createObjectNode();
    body.put("status", unhealthy.isPresent() ? "unhealthy" : "ok");
    unhealthy.ifPresent(reason -> body.put("reason", reason));
    body.put("blockNumber", "0x" + Long.toHexString(head.number()));
    body.put("blockHash", head.hash().toHexString());
    if (unhealthy.isPresent()) {
      ctx.status(UNAVAILABLE);
    }
    ctx.contentType(HttpRpcHandler.JSON).result(body.toString());
  }
}
