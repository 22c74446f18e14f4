package org.peerchain.node.config;

import java.util.Optional;
import org.peerchain.node.config.NodeConfig.MetricsAddress;
import picocli.CommandLine.Option;

/** The Prometheus endpoint: off unless a port is given. */
public final class MetricsOptions {
  @Option(names = "--metrics-port", paramLabel = "PORT",
      description = "Serve Prometheus metrics on http://HOST:PORT/metrics (default: off).")
  public Integer port;

  @Option(names = "--metrics-host", paramLabel = "HOST", defaultValue = "127.0.0.1",
      description = "Interface of the metrics endpoint (default: ${DEFAULT-VALUE}).")
  public String host;

  public void validate() {
    if (port != null) {
      OptionChecks.port("--metrics-port", port, true);
    }
  }

  public Optional<MetricsAddress> toAddress() {
    return port == null ? Optional.empty() : Optional.of(new MetricsAddress(host, port));
  }
}
