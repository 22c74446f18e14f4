package org.peerchain.node.rpc;

import java.util.Optional;
import org.peerchain.consensus.execution.ChainRules;
import org.peerchain.node.chain.LocalChain;
import org.peerchain.node.config.NodeConfig;
import org.peerchain.node.events.NodeEvents;
import org.peerchain.node.metrics.NodeMetrics;
import org.peerchain.node.netadapter.NodeNetwork;
import org.peerchain.node.txpool.TxPool;
import org.peerchain.node.validator.NodeConsensus;
import org.peerchain.rpc.api.ChainEvents;
import org.peerchain.rpc.api.DevControl;
import org.peerchain.rpc.api.DevSigner;
import org.peerchain.rpc.backend.KeyPairDevSigner;
import org.peerchain.rpc.backend.StoreChainAccess;
import org.peerchain.rpc.server.RpcBackend;
import org.peerchain.rpc.server.RpcConfig;
import org.peerchain.rpc.server.RpcMetrics;
import org.peerchain.rpc.server.RpcServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The node's JSON-RPC server over its chain, pool and consensus. */
public final class NodeRpc implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(NodeRpc.class);

  private final RpcServer server;

  private NodeRpc(RpcServer server) {
    this.server = server;
  }

  public static NodeRpc start(NodeConfig config, LocalChain chain, TxPool pool, NodeConsensus consensus,
      NodeEvents events, NodeMetrics metrics, Optional<NodeNetwork> network) {
    return start(config, chain, pool, consensus, events, metrics, network, Optional.empty());
  }

  /** @param dev the dev chain's cheats, served in the DEV namespace; empty on a network node */
  public static NodeRpc start(NodeConfig config, LocalChain chain, TxPool pool, NodeConsensus consensus,
      NodeEvents events, NodeMetrics metrics, Optional<NodeNetwork> network, Optional<? extends DevControl> dev) {
    return serve(config.rpc(), backend(config, chain, pool, consensus, new NodeChainEvents(events), network, dev),
        metrics::onRpcRequest);
  }

  /** Serves {@code backend}, which may be a {@link SwitchingBackend}'s. */
  public static NodeRpc serve(RpcConfig config, RpcBackend backend, RpcMetrics metrics) {
    RpcServer server = new RpcServer(config, backend, metrics);
    server.start();
    LOG.info("JSON-RPC on http://{}:{} (HTTP and WebSocket)", config.host(), server.port());
    return new NodeRpc(server);
  }

  /** The RPC's view of a node's parts; {@code events} are its events as the RPC sees them. */
  public static RpcBackend backend(NodeConfig config, LocalChain chain, TxPool pool, NodeConsensus consensus,
      ChainEvents events, Optional<NodeNetwork> network, Optional<? extends DevControl> dev) {
    ChainRules rules = ChainRules.of(config.genesis());
    Optional<DevSigner> devSigner = config.devAccounts().isEmpty()
        ? Optional.empty() : Optional.of(new KeyPairDevSigner(config.devAccounts()));
    RunningNodeInfo info = new RunningNodeInfo(config.genesis().chainId(), consensus.validators(),
        consensus::roundState, () -> network.map(NodeNetwork::peerCount).orElse(0),
        () -> network.flatMap(NodeNetwork::syncProgress), consensus::evidence, consensus::haltReason,
        network.map(NodeNetwork::nodeId).orElse(""), network.map(NodeNetwork::enode).orElse(""));
    StoreChainAccess access = new StoreChainAccess(chain.chain(), chain.state(), rules.baseFees());
    return new RpcBackend(access, new PoolSubmitter(pool, chain.state()::ensureStored, consensus.validators().size()), info, events, devSigner,
        access.addressHistory(), dev.map(d -> (DevControl) d));
  }

  public int port() {
    return server.port();
  }

  @Override
  public void close() {
    server.close();
  }
}
