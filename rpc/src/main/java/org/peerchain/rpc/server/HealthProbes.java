package org.peerchain.rpc.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Optional;
import org.peerchain.rpc.api.NodeInfo;
import org.peerchain.rpc.api.SyncProgress;

/**
 * {@code GET /liveness} and {@code GET /readiness} as Besu answers them, for container probes and
 * load balancers: 200 and {@code {"status":"UP"}}, or 503 and {@code "DOWN"}, with the figures the
 * verdict rests on.
 *
 * <p>Liveness: the process serves and consensus has not halted (a halted node needs a restart,
 * which is what a liveness probe is for). Readiness: live, at least {@code minPeers} peers
 * (default 1; not asked of a node without a peer network) and at most {@code maxBlocksBehind}
 * blocks behind the best head its peers report (default 2). A malformed parameter is the caller's
 * mistake, answered 400 with what is wrong, where Besu answers DOWN.
 */
final class HealthProbes {
  static final int DEFAULT_MIN_PEERS = 1;
  static final long DEFAULT_MAX_BLOCKS_BEHIND = 2;
  private static final int MAX_PARAM_DIGITS = 9;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int UNAVAILABLE = 503;
  private static final int BAD_REQUEST = 400;

  private HealthProbes() {}

  static Handler liveness(NodeInfo node) {
    return ctx -> {
      ObjectNode body = MAPPER.createObjectNode();
      Optional<String> unhealthy = node.unhealthyReason();
      respond(ctx, body, unhealthy);
    };
  }

  static Handler readiness(NodeInfo node) {
    return ctx -> {
      int minPeers;
      long maxBehind;
      try {
        minPeers = (int) param(ctx.queryParam("minPeers"), "minPeers", DEFAULT_MIN_PEERS);
        maxBehind = param(ctx.queryParam("maxBlocksBehind"), "maxBlocksBehind", DEFAULT_MAX_BLOCKS_BEHIND);
      } catch (IllegalArgumentException e) {
        ObjectNode error = MAPPER.createObjectNode().put("error", e.getMessage());
        ctx.status(BAD_REQUEST).contentType(HttpRpcHandler.JSON).result(error.toString());
        return;
      }
      ObjectNode body = MAPPER.createObjectNode();
      respond(ctx, body, notReady(node, minPeers, maxBehind, body));
    };
  }

  /** Why the node is not ready, if it is not; fills {@code body} with the figures either way. */
  static Optional<String> notReady(NodeInfo node, int minPeers, long maxBehind, ObjectNode body) {
    Optional<String> unhealthy = node.unhealthyReason();
    int peers = node.peerCount();
    Optional<SyncProgress> sync = node.syncing();
    long behind = sync.map(s -> Math.max(0, s.highestBlock() - s.currentBlock())).orElse(0L);
    body.put("peers", peers).put("minPeers", minPeers).put("blocksBehind", behind).put("maxBlocksBehind", maxBehind);
    if (unhealthy.isPresent()) {
      return unhealthy;
    }
    if (node.peerToPeer() && peers < minPeers) {
      return Optional.of(peers + " peers, fewer than " + minPeers);
    }
    if (behind > maxBehind) {
      return Optional.of("syncing: " + behind + " blocks behind, more than " + maxBehind);
    }
    return Optional.empty();
  }

  private static void respond(Context ctx, ObjectNode body, Optional<String> down) {
    ObjectNode out = MAPPER.createObjectNode().put("status", down.isPresent() ? "DOWN" : "UP");
    down.ifPresent(reason -> out.put("reason", reason));
    out.setAll(body);
    if (down.isPresent()) {
      ctx.status(UNAVAILABLE);
    }
    ctx.contentType(HttpRpcHandler.JSON).result(out.toString());
  }

  /** A whole number of ASCII digits, at most {@value #MAX_PARAM_DIGITS} of them; absent or empty gives the default. */
  static long param(String value, String name, long defaultValue) {
    if (value == null || value.isEmpty()) {
      return defaultValue;
    }
    if (value.length() > MAX_PARAM_DIGITS || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      String shown = value.length() > 20 ? value.substring(0, 20) + "..." : value;
      throw new IllegalArgumentException("invalid " + name + ": '" + shown + "' (a whole number from 0 to "
          + "9".repeat(MAX_PARAM_DIGITS) + ")");
    }
    return Long.parseLong(value);
  }
}
