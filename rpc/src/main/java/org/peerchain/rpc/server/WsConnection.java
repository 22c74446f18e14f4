package org.peerchain.rpc.server;

import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.api.StatusCode;
import org.eclipse.jetty.websocket.api.WriteCallback;
import org.peerchain.rpc.subscriptions.NotificationSink;
import org.peerchain.rpc.subscriptions.Subscriptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One WebSocket client. Every send is asynchronous; at most {@link #MAX_QUEUED} messages may wait
 * for the socket. A client that falls further behind is disconnected rather than buffered without
 * bound, so a slow subscriber cannot exhaust memory or stall the node's event thread.
 */
final class WsConnection implements NotificationSink {
  private static final Logger LOG = LoggerFactory.getLogger(WsConnection.class);
  static final int MAX_QUEUED = 1024;

  private final Session session;
  private final AtomicInteger queued = new AtomicInteger();
  private volatile Subscriptions subscriptions;

  WsConnection(Session session) {
    this.session = session;
  }

  void attach(Subscriptions subscriptions) {
    this.subscriptions = subscriptions;
  }

  Subscriptions subscriptions() {
    return subscriptions;
  }

  @Override
  public boolean send(String json) {
    if (!session.isOpen()) {
      return false;
    }
    if (queued.incrementAndGet() > MAX_QUEUED) {
      queued.decrementAndGet();
      LOG.debug("Closing WebSocket {}: {} messages wait unsent", session.getRemoteAddress(), MAX_QUEUED);
      session.close(StatusCode.POLICY_VIOLATION, "client too slow");
      return false;
    }
    session.getRemote().sendString(json, new WriteCallback() {
      @Override
      public void writeFailed(Throwable x) {
        queued.decrementAndGet();
        LOG.debug("WebSocket send failed: {}", x.toString());
      }

      @Override
      public void writeSuccess() {
        queued.decrementAndGet();
      }
    });
    return true;
  }

  void closed() {
    Subscriptions s = subscriptions;
    if (s != null) {
      s.closeAll();
    }
  }
}
