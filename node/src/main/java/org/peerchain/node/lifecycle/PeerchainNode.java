package org.peerchain.node.lifecycle;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.peerchain.consensus.execution.ChainRules;
import org.peerchain.core.genesis.Genesis;
import org.peerchain.node.chain.LocalChain;
import org.peerchain.node.config.DevSettings;
import org.peerchain.node.config.NodeConfig;
import org.peerchain.node.config.SyncSettings;
import org.peerchain.node.dev.DevNodeControl;
import org.peerchain.node.dev.DevStateFiles;
import org.peerchain.node.events.NodeEvent.ConsensusMessageSigned;
import org.peerchain.node.events.NodeEvent.TxAdmitted;
import org.peerchain.node.events.NodeEvents;
import org.peerchain.node.fork.ForkedChain;
import org.peerchain.node.metrics.MetricsServer;
import org.peerchain.node.metrics.NodeMetrics;
import org.peerchain.node.metrics.SnapSyncReading;
import org.peerchain.node.netadapter.NodeNetwork;
import org.peerchain.node.producer.DevMining;
import org.peerchain.node.rpc.NodeRpc;
import org.peerchain.node.rpc.SnapSyncRpc;
import org.peerchain.node.sync.snap.SnapBootstrap;
import org.peerchain.node.sync.snap.SnapSync;
import org.peerchain.node.txpool.TxPool;
import org.peerchain.node.validator.ConsensusNetwork;
import org.peerchain.node.validator.NodeConsensus;
import org.peerchain.rpc.api.ChainEvents;
import org.peerchain.rpc.api.DevControl.ForkPoint;
import org.peerchain.rpc.server.RpcBackend;
import org.peerchain.storage.kv.KeyValueStore;
import org.peerchain.storage.kv.RocksDbOptions;
import org.peerchain.storage.state.SnapshotRetention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running node: storage, tx pool, consensus, JSON-RPC and metrics, started in that order and
 * stopped in reverse. Stopping lets the block being committed finish, then closes the database, so
 * a restart resumes from the stored head.
 */
public final class PeerchainNode implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(PeerchainNode.class);

  private final NodeConfig config;
  private final Optional<ForkedChain> fork;
  private final boolean serveRpc;
  private final List<AutoCloseable> started = new ArrayList<>();
  private NodeStorage storage;
  private LocalChain chain;
  private TxPool pool;
  private NodeConsensus consensus;
  private NodeNetwork network;
  private NodeRpc rpc;
  private NodeEvents events;
  private MetricsServer metricsServer;
  private DevNodeControl devControl;
  private volatile SnapBootstrap snap;
  private NodeMetrics metrics;
  private boolean closed;

  private PeerchainNode(NodeConfig config, Optional<ForkedChain> fork, boolean serveRpc) {
    this.config = config;
    this.fork = fork;
    this.serveRpc = serveRpc;
  }

  /** Starts a node; on failure, whatever had started is stopped again and the error thrown. */
  public static PeerchainNode start(NodeConfig config) {
    return start(config, Optional.empty());
  }

  /** As {@link #start(NodeConfig)}; with a fork, the chain continues it (config's genesis must be the fork's). */
  public static PeerchainNode start(NodeConfig config, Optional<ForkedChain> fork) {
    return start(config, fork, true);
  }

  /** As {@link #start(NodeConfig, Optional)}, without its own RPC server: the caller serves {@link #rpcBackend}. */
  static PeerchainNode startWithoutRpc(NodeConfig config, Optional<ForkedChain> fork) {
    return start(config, fork, false);
  }

  private static PeerchainNode start(NodeConfig config, Optional<ForkedChain> fork, boolean serveRpc) {
    PeerchainNode node = new PeerchainNode(config, fork, serveRpc);
    try {
      node.startAll();
      return node;
    } catch (RuntimeException e) {
      node.close();
      throw e;
    }
  }

  private void startAll() {
    Genesis genesis = config.genesis();
    // Metrics first: a node that snap syncs while its store opens shows its progress there already.
    metrics = new NodeMetrics(System::nanoTime);
    if (config.metrics().isPresent()) {
      NodeConfig.MetricsAddress address = config.metrics().get();
      metricsServer = MetricsServer.start(metrics, address.host(), address.port());
      started.add(metricsServer);
      LOG.info("Metrics on http://{}:{}/metrics", address.host(), metricsServer.port());
    }
    SnapshotRetention snapshots = config.network()
        .map(n -> SnapshotRetention.every(n.sync().snapshotInterval(), n.sync().snapshotsKept()))
        .orElse(SnapshotRetention.NONE);
    // A dev node's store is small, and its temporary directory (deleted at exit, never opened again)
    // lets no commit wait for the disk: DevSettings.storage().
    RocksDbOptions storeOptions = config.dev().map(DevSettings::storage).orElseGet(RocksDbOptions::defaults);
    storage = fork.isPresent()
        ? NodeStorage.openFork(config.dataDir(), fork.get(), config.pruning(), storeOptions)
        : NodeStorage.open(config.dataDir(), genesis, config.pruning(), snapshots, this::joinBySnapSync, storeOptions);
    started.add(storage);
    chain = new LocalChain(storage.chain, storage.state);
    ChainRules rules = ChainRules.of(genesis);
    Optional<DevMining> devMining = config.dev().map(d -> new DevMining(d.automine(), d.intervalMs()));
    pool = new TxPool(config.txPool(), storage.state::account, genesis.chainId(),
        () -> rules.baseFees().next(chain.head()), genesis.gasLimit(), devMining.isPresent());
    events = new NodeEvents();
    pool.onNewPending(tx -> events.publish(new TxAdmitted(tx)));
    consensus = new NodeConsensus(new NodeConsensus.Setup(genesis, chain, pool, config.validatorKey(),
        config.timeouts(), events, metrics,
        config.network().isPresent() ? message -> events.publish(new ConsensusMessageSigned(message)) : ConsensusNetwork.NONE,
        devMining));
    started.add(consensus);
    if (config.network().isPresent()) {
      network = NetworkStarter.start(config, chain, pool, consensus, events, metrics, storage.kv);
      started.add(network);
      LOG.info("P2P on {}:{} as {}", config.network().get().host(), network.port(), network.enode());
    }
    metrics.watch(events, consensus.validators(), chain.head().number(),
        Readings.of(config, chain, pool, Optional.ofNullable(network)));
    consensus.start();
    devMining.ifPresent(mining -> startDev(mining, config.dev().get()));
    if (serveRpc) {
      rpc = NodeRpc.start(config, chain, pool, consensus, events, metrics, Optional.ofNullable(network),
          Optional.ofNullable(devControl));
      started.add(rpc);
    }
    LOG.info("Node started: chain {}, head #{}, {}", genesis.chainId(), chain.head().number(),
        config.validatorKey().map(k -> "validator " + k.address().toChecksumString()).orElse("full node"));
  }

  /** Cheats, and the state file read now and written at stop (while consensus still runs). */
  private void startDev(DevMining mining, DevSettings settings) {
    devControl = new DevNodeControl(chain, pool, consensus, mining, config.genesis());
    fork.ifPresent(f -> devControl.forkedFrom(new ForkPoint(f.upstream().toString(), f.point().number()), Optional.empty()));
    settings.loadState().filter(Files::exists).ifPresent(file -> {
      devControl.load(DevStateFiles.read(file));
      LOG.info("Loaded state from {}", file);
    });
    settings.saveState().ifPresent(file -> started.add(() -> {
      DevStateFiles.write(file, devControl.state());
      LOG.info("Saved state to {}", file);
    }));
  }

  /** The dev chain's cheats; empty on a node of a network. */
  public Optional<DevNodeControl> dev() {
    return Optional.ofNullable(devControl);
  }

  // A fresh data directory of a node with peers may start its chain at a recent certified height.
  private void joinBySnapSync(KeyValueStore kv) {
    Optional<NodeConfig.NetworkSettings> net = config.network();
    if (net.isEmpty() || net.get().sync().mode() != SyncSettings.Mode.SNAP) {
      return;
    }
    SnapSync.Settings d = SnapSync.Settings.DEFAULT;
    snap = new SnapBootstrap(config.genesis(), net.get().sync(),
        new SnapSync.Settings(d.parts(), net.get().sync().rangeBytes(), d.quorum(), d.peerWait(), d.progressEvery()),
        System::nanoTime);
    SnapBootstrap running = snap;
    metrics.watchSnapSync(() -> running.progress().map(p ->
        new SnapSyncReading(p.accounts(), p.bytes(), p.rangesDone(), p.rangesTotal(), p.peers())));
    // Why a JSON-RPC of its own now, not the node's: the full RPC reads the chain, pool and consensus,
    // which exist only once this returns; this one answers eth_syncing meanwhile, on the same address,
    // and is closed (its port released) before the full RPC starts there.
    try (SnapSyncRpc early = SnapSyncRpc.start(config, running::progress)) {
      running.run(kv, () -> NetworkStarter.bootstrap(config));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted during snap sync");
    } finally {
      metrics.watchSnapSync(Optional::empty);
    }
  }

  public LocalChain chain() {
    return chain;
  }

  /** The node's key-value store, for tools and tests that read it (writes go through the chain). */
  public KeyValueStore store() {
    return storage.kv;
  }

  public TxPool pool() {
    return pool;
  }

  public NodeConsensus consensus() {
    return consensus;
  }

  /** The node on the network; empty for a node without peers (dev). */
  public Optional<NodeNetwork> network() {
    return Optional.ofNullable(network);
  }

  /** The port JSON-RPC listens on (useful when 0 asked for a free one). */
  public int rpcPort() {
    if (rpc == null) {
      throw new IllegalStateException("this node has no RPC server of its own");
    }
    return rpc.port();
  }

  /** The RPC's view of this node, for a server its owner runs; {@code events} relay {@link #events}. */
  RpcBackend rpcBackend(ChainEvents rpcEvents) {
    return NodeRpc.backend(config, chain, pool, consensus, rpcEvents, Optional.ofNullable(network),
        Optional.ofNullable(devControl));
  }

  NodeEvents events() {
    return events;
  }

  public Optional<Integer> metricsPort() {
    return Optional.ofNullable(metricsServer).map(MetricsServer::port);
  }

  /** Stops in reverse order of start; safe to call twice and from a shutdown hook. */
  @Override
  public void close() {
    SnapBootstrap running = snap;
    if (running != null) {
      running.stop(); // a start still snap syncing ends, and lets go of the store
    }
    closeStarted();
  }

  private synchronized void closeStarted() {
    if (closed) {
      return;
    }
    closed = true;
    for (int i = started.size() - 1; i >= 0; i--) {
      try {
        started.get(i).close();
      } catch (Exception e) {
        LOG.error("Stopping {} failed", started.get(i).getClass().getSimpleName(), e);
      }
    }
    LOG.info("Node stopped");
  }
}
