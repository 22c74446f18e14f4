package org.peerchain.rpc.server;

import io.javalin.websocket.WsCloseStatus;
import io.javalin.websocket.WsConfig;
import io.javalin.websocket.WsContext;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.subscriptions.SubscriptionHub;
import org.peerchain.rpc.subscriptions.Subscriptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** WebSocket /: JSON-RPC messages both ways, plus subscription notifications. */
final class WsRpcHandler implements Consumer<WsConfig> {
  private static final Logger LOG = LoggerFactory.getLogger(WsRpcHandler.class);
  /** Pings keep idle subscribers' connections open, and find dead ones. */
  private static final long PING_SECONDS = 30;

  private final JsonRpcProcessor processor;
  private final SubscriptionHub hub;
  private final RpcConfig config;
  private final Map<String, WsConnection> connections = new ConcurrentHashMap<>();
  // Counted apart from the map so that concurrent handshakes cannot overshoot the limit.
  private final AtomicInteger open = new AtomicInteger();

  WsRpcHandler(JsonRpcProcessor processor, SubscriptionHub hub, RpcConfig config) {
    this.processor = processor;
    this.hub = hub;
    this.config = config;
  }

  @Override
  public void accept(WsConfig ws) {
    ws.onConnect(this::connected);
    ws.onMessage(ctx -> message(ctx, ctx.message()));
    ws.onBinaryMessage(ctx -> message(ctx, new String(ctx.data(), ctx.offset(), ctx.length(), StandardCharsets.UTF_8)));
    ws.onClose(ctx -> closed(ctx.sessionId()));
    ws.onError(ctx -> {
      LOG.debug("WebSocket error: {}", String.valueOf(ctx.error()));
      closed(ctx.sessionId());
    });
  }

  private void connected(WsContext ctx) {
    if (open.incrementAndGet() > config.maxWsConnections()) {
      open.decrementAndGet();
      LOG.debug("Refusing WebSocket: {} connections open", config.maxWsConnections());
      ctx.closeSession(WsCloseStatus.TRY_AGAIN_LATER, "too many connections");
      return;
    }
    WsConnection connection = new WsConnection(ctx.session);
    connection.attach(new Subscriptions(hub, connection, config.maxSubscriptions()));
    connections.put(ctx.sessionId(), connection);
    ctx.enableAutomaticPings(PING_SECONDS, TimeUnit.SECONDS);
  }

  private void message(WsContext ctx, String text) {
    WsConnection connection = connections.get(ctx.sessionId());
    if (connection == null) {
      return;
    }
    Subscriptions subscriptions = connection.subscriptions();
    CallContext context = () -> Optional.of(subscriptions);
    processor.process(text.getBytes(StandardCharsets.UTF_8), context)
        .ifPresent(response -> connection.send(new String(response, StandardCharsets.UTF_8)));
  }

  private void closed(String sessionId) {
    WsConnection connection = connections.remove(sessionId);
    if (connection != null) {
      open.decrementAndGet();
      connection.closed();
    }
  }
}
