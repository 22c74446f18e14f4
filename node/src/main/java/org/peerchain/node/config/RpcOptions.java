package org.peerchain.node.config;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.peerchain.rpc.methods.Namespace;
import org.peerchain.rpc.methods.TxSyncSettings;
import org.peerchain.rpc.server.RpcConfig;
import picocli.CommandLine.Option;

/** JSON-RPC server options, shared by {@code peerchain node} and {@code peerchain dev}. */
public final class RpcOptions {
  @Option(names = "--rpc-host", paramLabel = "HOST", defaultValue = "127.0.0.1",
      description = "Interface the JSON-RPC server (HTTP and WebSocket) listens on (default: ${DEFAULT-VALUE}).")
  public String host;

  @Option(names = "--rpc-port", paramLabel = "PORT", defaultValue = "8545",
      description = "JSON-RPC port, HTTP POST and WebSocket on /; 0 picks a free port (default: ${DEFAULT-VALUE}).")
  public int port;

  @Option(names = "--rpc-batch-limit", paramLabel = "N", defaultValue = "1000",
      description = "Most requests in one JSON-RPC batch (default: ${DEFAULT-VALUE}).")
  public int batchLimit;

  @Option(names = "--rpc-max-body", paramLabel = "BYTES", defaultValue = "5242880",
      description = "Largest request body or WebSocket message in bytes (default: ${DEFAULT-VALUE}).")
  public int maxBodyBytes;

  @Option(names = "--rpc-cors-origins", paramLabel = "ORIGIN", split = ",",
      description = "Origins browsers may call from, comma-separated; * for any (default: none).")
  public List<String> corsOrigins = List.of();

  @Option(names = "--rpc-host-allowlist", paramLabel = "HOST", split = ",", defaultValue = "localhost,127.0.0.1",
      description = "Host header values accepted, comma-separated; * for any (default: ${DEFAULT-VALUE}).")
  public List<String> hostAllowlist;

  @Option(names = "--rpc-api", paramLabel = "NAMESPACE", split = ",",
      defaultValue = "web3,net,eth,txpool,peerchain",
      description = "JSON-RPC namespaces to serve (default: ${DEFAULT-VALUE}; also: ots; dev mode adds dev accounts and ots).")
  public List<String> namespaces;

  @Option(names = "--rpc-txsync-timeout", paramLabel = "MS", defaultValue = "20000",
      description = "How long eth_sendRawTransactionSync waits for the receipt when the caller gives no timeout, "
          + "in milliseconds (default: ${DEFAULT-VALUE}).")
  public long txSyncTimeoutMillis;

  @Option(names = "--rpc-txsync-max-timeout", paramLabel = "MS", defaultValue = "30000",
      description = "Longest wait of eth_sendRawTransactionSync in milliseconds; a longer timeout asked for is "
          + "cut to it (default: ${DEFAULT-VALUE}).")
  public long txSyncMaxTimeoutMillis;

  @Option(names = "--rpc-explorer", paramLabel = "BOOLEAN", arity = "0..1", defaultValue = "true",
      fallbackValue = "true",
      description = "Serve the block explorer at /explorer/ on the JSON-RPC port; --rpc-explorer=false turns it off "
          + "(default: ${DEFAULT-VALUE}).")
  public boolean explorer;

  public void validate() {
    OptionChecks.port("--rpc-port", port, true);
    OptionChecks.positive("--rpc-batch-limit", batchLimit);
    OptionChecks.positive("--rpc-max-body", maxBodyBytes);
    OptionChecks.positive("--rpc-txsync-timeout", txSyncTimeoutMillis);
    OptionChecks.positive("--rpc-txsync-max-timeout", txSyncMaxTimeoutMillis);
    if (txSyncMaxTimeoutMillis < txSyncTimeoutMillis) {
      throw new ConfigException("invalid value for --rpc-txsync-max-timeout: " + txSyncMaxTimeoutMillis
          + " is below --rpc-txsync-timeout " + txSyncTimeoutMillis);
    }
  }

  /** @param dev whether the dev namespace (eth_accounts keys, eth_sendTransaction) is served too */
  public RpcConfig toConfig(boolean dev) {
    Set<Namespace> served = EnumSet.noneOf(Namespace.class);
    for (String name : namespaces) {
      try {
        served.add(Namespace.parse(name.strip()));
      } catch (IllegalArgumentException e) {
        throw new ConfigException("invalid value for --rpc-api: " + e.getMessage());
      }
    }
    if (dev) {
      served.add(Namespace.DEV);
      // Otterscan pointed at a dev chain is what anvil users expect; a node serves it on request.
      served.add(Namespace.OTS);
    }
    RpcConfig base = RpcConfig.defaults().toBuilder().host(host).port(port).batchLimit(batchLimit)
        .maxBodyBytes(maxBodyBytes).corsOrigins(corsOrigins).hostAllowlist(hostAllowlist).namespaces(served).explorer(explorer).build();
    // The share of waiting calls stays derived from the worker pool; only the timeouts are the operator's.
    return base.toBuilder().txSync(new TxSyncSettings(Duration.ofMillis(txSyncTimeoutMillis),
        Duration.ofMillis(txSyncMaxTimeoutMillis), base.txSync().maxWaiting())).build();
  }
}
