package org.peerchain.rpc.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.util.List;
import java.util.Objects;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.peerchain.rpc.api.NodeInfo;
import org.peerchain.rpc.methods.MethodRegistry;
import org.peerchain.rpc.methods.eth.EthChainId;
import org.peerchain.rpc.methods.eth.EthSyncing;
import org.peerchain.rpc.methods.net.NetPeerCount;
import org.peerchain.rpc.methods.net.NetVersion;
import org.peerchain.rpc.methods.web3.Web3ClientVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JSON-RPC a node answers while it snap syncs, before its chain exists: on the configured
 * address, behind the same host and origin guards, eth_syncing (with the snap progress),
 * eth_chainId, net_version, net_peerCount and web3_clientVersion; every other method is not found
 * until the node starts its full RPC in this server's place. {@code /liveness} answers 200 and
 * {@code /health} and {@code /readiness} 503: the node is up and not ready.
 *
 * <p>Why a server of its own rather than the full one started early: every other method reads the
 * chain, the pool or consensus, none of which exists until the state is synced and the chain is
 * opened at the pivot. Answering them from a stand-in would mean a second, half-true backend.
 */
public final class SnapSyncRpcServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(SnapSyncRpcServer.class);

  private final Javalin app;

  private SnapSyncRpcServer(Javalin app) {
    this.app = app;
  }

  public static SnapSyncRpcServer start(RpcConfig config, NodeInfo node) {
    Objects.requireNonNull(node, "node");
    ObjectMapper mapper = RpcServer.newMapper();
    MethodRegistry registry = new MethodRegistry(List.of(new EthSyncing(node), new EthChainId(node),
        new NetVersion(node), new NetPeerCount(node), new Web3ClientVersion(node)), config.namespaces());
    JsonRpcProcessor processor = new JsonRpcProcessor(mapper, registry, config.batchLimit(), RpcMetrics.NONE);
    HttpGuards guards = new HttpGuards(new HostAllowlist(config.hostAllowlist()), new OriginPolicy(config.corsOrigins()));
    Javalin javalin = Javalin.create(c -> {
      c.showJavalinBanner = false;
      c.startupWatcherEnabled = false;
      c.http.maxRequestSize = config.maxBodyBytes();
      c.http.disableCompression();
      QueuedThreadPool threads = new QueuedThreadPool(Math.min(8, config.maxThreads()), 1);
      threads.setName("rpc-snap");
      c.jetty.threadPool = threads;
    });
    javalin.before(guards::before);
    javalin.post("/", new HttpRpcHandler(processor, config.maxBodyBytes()));
    javalin.get("/liveness", ctx -> ctx.status(200).result("{\"status\":\"UP\"}"));
    javalin.get("/health", ctx -> ctx.status(503).result("{\"status\":\"snap syncing\"}"));
    javalin.get("/readiness", ctx -> ctx.status(503).result("{\"status\":\"snap syncing\"}"));
    javalin.start(config.host(), config.port());
    LOG.info("JSON-RPC on {}:{} answers eth_syncing while snap syncing", config.host(), javalin.port());
    return new SnapSyncRpcServer(javalin);
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }
}
