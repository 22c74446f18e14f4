package org.peerchain.rpc.server;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.peerchain.rpc.methods.Namespace;
import org.peerchain.rpc.methods.TxSyncSettings;

/**
 * Settings of the JSON-RPC server; {@link #defaults()} are geth's where geth has them.
 *
 * @param corsOrigins browser origins allowed to call over HTTP (and open WebSockets); "*" for all;
 *     empty: no CORS headers, and WebSockets only from localhost pages
 * @param hostAllowlist accepted Host header names (geth's --http.vhosts); "*" for all; IP
 *     literals are always accepted, as DNS rebinding needs a name
 * @param maxSubscriptions per WebSocket connection
 * @param maxThreads the HTTP server's worker pool; requests are short and CPU-bound, so a few per core
 * @param txSync eth_sendRawTransactionSync's waits, each holding a worker thread: at most half of
 *     {@code maxThreads} may wait (a quarter by default)
 * @param explorer whether the block explorer's pages are served under /explorer/
 */
public record RpcConfig(
    String host,
    int port,
    int batchLimit,
    int maxBodyBytes,
    List<String> corsOrigins,
    List<String> hostAllowlist,
    Set<Namespace> namespaces,
    boolean wsEnabled,
    int maxWsConnections,
    int maxFilters,
    int maxSubscriptions,
    int maxThreads,
    TxSyncSettings txSync,
    boolean explorer) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8545;
  public static final int DEFAULT_BATCH_LIMIT = 1000;
  public static final int DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;

  public RpcConfig {
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535, got " + port);
    }
    positive(batchLimit, "batchLimit");
    positive(maxBodyBytes, "maxBodyBytes");
    positive(maxWsConnections, "maxWsConnections");
    positive(maxFilters, "maxFilters");
    positive(maxSubscriptions, "maxSubscriptions");
    if (maxThreads < 4) {
      throw new IllegalArgumentException("maxThreads must be at least 4 (the server needs some for itself), got " + maxThreads);
    }
    Objects.requireNonNull(txSync, "txSync");
    if (txSync.maxWaiting() > maxThreads / 2) {
      throw new IllegalArgumentException("txSync.maxWaiting " + txSync.maxWaiting()
          + " exceeds half of maxThreads (" + maxThreads + "): waiting calls would starve the others");
    }
    corsOrigins = List.copyOf(corsOrigins);
    hostAllowlist = List.copyOf(hostAllowlist);
    namespaces = Set.copyOf(namespaces);
  }

  public static RpcConfig defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Builder toBuilder() {
    return new Builder().host(host).port(port).batchLimit(batchLimit).maxBodyBytes(maxBodyBytes)
        .corsOrigins(corsOrigins).hostAllowlist(hostAllowlist).namespaces(namespaces)
        .wsEnabled(wsEnabled).maxWsConnections(maxWsConnections)
        .maxFilters(maxFilters).maxSubscriptions(maxSubscriptions).maxThreads(maxThreads)
        // The derived default stays derived, so a changed maxThreads brings its own share of waiters.
        .txSync(txSync.equals(TxSyncSettings.forThreads(maxThreads)) ? null : txSync)
        .explorer(explorer);
  }

  private static void positive(int value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
  }

  public static final class Builder {
    private String host = DEFAULT_HOST;
    private int port = DEFAULT_PORT;
    private int batchLimit = DEFAULT_BATCH_LIMIT;
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
    private List<String> corsOrigins = List.of();
    private List<String> hostAllowlist = List.of("localhost", "127.0.0.1");
    private Set<Namespace> namespaces = EnumSet.allOf(Namespace.class);
    private boolean wsEnabled = true;
    private int maxWsConnections = 100;
    private int maxFilters = 1000;
    private int maxSubscriptions = 100;
    private int maxThreads = Math.max(16, 4 * Runtime.getRuntime().availableProcessors());
    private TxSyncSettings txSync;
    private boolean explorer = true;

    private Builder() {}

    public Builder host(String v) {
      host = v;
      return this;
    }

    public Builder port(int v) {
      port = v;
      return this;
    }

    public Builder batchLimit(int v) {
      batchLimit = v;
      return this;
    }

    public Builder maxBodyBytes(int v) {
      maxBodyBytes = v;
      return this;
    }

    public Builder corsOrigins(List<String> v) {
      corsOrigins = v;
      return this;
    }

    public Builder hostAllowlist(List<String> v) {
      hostAllowlist = v;
      return this;
    }

    public Builder namespaces(Set<Namespace> v) {
      namespaces = v;
      return this;
    }

    public Builder wsEnabled(boolean v) {
      wsEnabled = v;
      return this;
    }

    public Builder maxWsConnections(int v) {
      maxWsConnections = v;
      return this;
    }

    public Builder maxFilters(int v) {
      maxFilters = v;
      return this;
    }

    public Builder maxSubscriptions(int v) {
      maxSubscriptions = v;
      return this;
    }

    public Builder maxThreads(int v) {
      maxThreads = v;
      return this;
    }

    /** Unset: {@link TxSyncSettings#forThreads} of the final {@code maxThreads}. */
    public Builder txSync(TxSyncSettings v) {
      txSync = v;
      return this;
    }

    public Builder explorer(boolean v) {
      explorer = v;
      return this;
    }

    public RpcConfig build() {
      return new RpcConfig(host, port, batchLimit, maxBodyBytes, corsOrigins, hostAllowlist, namespaces,
          wsEnabled, maxWsConnections, maxFilters, maxSubscriptions, maxThreads,
          txSync != null ? txSync : TxSyncSettings.forThreads(maxThreads), explorer);
    }
  }
}
