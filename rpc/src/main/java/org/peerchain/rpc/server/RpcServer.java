package org.peerchain.rpc.server;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.Javalin;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.peerchain.rpc.explorer.Explorer;
import org.peerchain.rpc.explorer.ExplorerSources;
import org.peerchain.rpc.filters.FilterManager;
import org.peerchain.rpc.methods.MethodContext;
import org.peerchain.rpc.methods.MethodRegistry;
import org.peerchain.rpc.subscriptions.SubscriptionHub;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JSON-RPC server: HTTP POST and WebSocket on one port, GET /health, /liveness and /readiness
 * for probes, and the block explorer's pages under /explorer/ unless switched off. Start once,
 * stop once; {@link #port()} tells the bound port (useful with port 0).
 */
public final class RpcServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RpcServer.class);

  private final RpcConfig config;
  private final RpcBackend backend;
  private final RpcMetrics metrics;
  private Javalin app;
  private FilterManager filters;
  private SubscriptionHub hub;
  private Explorer explorer;

  public RpcServer(RpcConfig config, RpcBackend backend) {
    this(config, backend, RpcMetrics.NONE);
  }

  public RpcServer(RpcConfig config, RpcBackend backend, RpcMetrics metrics) {
    this.config = Objects.requireNonNull(config, "config");
    this.backend = Objects.requireNonNull(backend, "backend");
    this.metrics = Objects.requireNonNull(metrics, "metrics");
  }

  /** A mapper for requests: strict about trailing garbage, which geth also refuses. */
  public static ObjectMapper newMapper() {
    return JsonMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  public synchronized RpcServer start() {
    if (app != null) {
      throw new IllegalStateException("RPC server already started");
    }
    ObjectMapper mapper = newMapper();
    if (config.explorer()) {
      // Before the subscription hub, so the explorer notes a new head before any page hears of it.
      explorer = new Explorer(new ExplorerSources(backend.chain(), backend.pool(), backend.node(), backend.history(),
          backend.events(), Clock.systemUTC(), config.wsEnabled()));
    }
    filters = new FilterManager(backend.events(), config.maxFilters(), System::nanoTime);
    hub = new SubscriptionHub(backend.events(), backend.pool(), mapper);
    MethodContext context = new MethodContext(backend.chain(), backend.pool(), backend.node(), backend.devSigner(),
        filters, mapper, backend.events(), config.txSync(), backend.history(), backend.devControl());
    MethodRegistry registry = StandardMethods.registry(context, config.namespaces());
    JsonRpcProcessor processor = new JsonRpcProcessor(mapper, registry, config.batchLimit(), metrics);
    HostAllowlist hosts = new HostAllowlist(config.hostAllowlist());
    HttpGuards guards = new HttpGuards(hosts, new OriginPolicy(config.corsOrigins()));
    DirectPostHandler directPost = new DirectPostHandler(processor, hosts, config.maxBodyBytes());
    Javalin javalin = Javalin.create(c -> {
      c.showJavalinBanner = false;
      c.startupWatcherEnabled = false;
      c.http.maxRequestSize = config.maxBodyBytes();
      c.http.disableCompression();
      QueuedThreadPool threads = new QueuedThreadPool(config.maxThreads(), Math.min(8, config.maxThreads()));
      threads.setName("rpc");
      c.jetty.threadPool = threads;
      c.jetty.modifyServletContextHandler(servlets -> servlets.insertHandler(directPost));
      c.jetty.modifyWebSocketServletFactory(ws -> {
        ws.setMaxTextMessageSize(config.maxBodyBytes());
        ws.setMaxBinaryMessageSize(config.maxBodyBytes());
        ws.setIdleTimeout(Duration.ofMinutes(2));
      });
    });
    javalin.before(guards::before);
    javalin.post("/", new HttpRpcHandler(processor, config.maxBodyBytes()));
    javalin.get("/health", new HealthHandler(backend.chain(), backend.node()));
    javalin.get("/liveness", HealthProbes.liveness(backend.node()));
    javalin.get("/readiness", HealthProbes.readiness(backend.node()));
    if (explorer != null) {
      explorer.register(javalin);
    }
    if (config.wsEnabled()) {
      javalin.wsBeforeUpgrade("/", guards::beforeUpgrade);
      javalin.ws("/", new WsRpcHandler(processor, hub, config));
    }
    javalin.start(config.host(), config.port());
    app = javalin;
    LOG.info("JSON-RPC listening on {}:{} (HTTP{}), namespaces {}{}", config.host(), javalin.port(),
        config.wsEnabled() ? " and WebSocket" : "", config.namespaces(),
        config.explorer() ? ", explorer at /explorer/" : "");
    return this;
  }

  /** The bound port; only after {@link #start()}. */
  public synchronized int port() {
    if (app == null) {
      throw new IllegalStateException("RPC server not started");
    }
    return app.port();
  }

  public synchronized void stop() {
    if (app == null) {
      return;
    }
    app.stop();
    app = null;
    hub.close();
    filters.close();
    if (explorer != null) {
      explorer.close();
      explorer = null;
    }
    LOG.info("JSON-RPC stopped");
  }

  @Override
  public void close() {
    stop();
  }
}
