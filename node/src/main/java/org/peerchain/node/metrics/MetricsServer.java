package org.peerchain.node.metrics;

import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The Prometheus text endpoint, {@code GET /metrics}, on its own port. */
public final class MetricsServer implements AutoCloseable {
  private final HTTPServer server;

  private MetricsServer(HTTPServer server) {
    this.server = server;
  }

  public static MetricsServer start(NodeMetrics metrics, String host, int port) {
    try {
      return new MetricsServer(HTTPServer.builder().hostname(host).port(port).registry(metrics.registry())
          .buildAndStart());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serve metrics on " + host + ":" + port + ": " + e.getMessage(), e);
    }
  }

  public int port() {
    return server.getPort();
  }

  @Override
  public void close() {
    server.close();
  }
}
