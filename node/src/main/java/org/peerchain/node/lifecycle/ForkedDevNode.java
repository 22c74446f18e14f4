package org.peerchain.node.lifecycle;

import java.net.URI;
import java.util.Optional;
import java.util.OptionalLong;
import org.peerchain.node.config.DevSettings;
import org.peerchain.node.config.NodeConfig;
import org.peerchain.node.dev.DevNodeControl;
import org.peerchain.node.dev.TempDataDir;
import org.peerchain.node.fork.ForkConnector;
import org.peerchain.node.fork.ForkException;
import org.peerchain.node.fork.ForkSettings;
import org.peerchain.node.fork.ForkedChain;
import org.peerchain.node.fork.UpstreamClient;
import org.peerchain.node.rpc.NodeRpc;
import org.peerchain.node.rpc.RelayedChainEvents;
import org.peerchain.node.rpc.SwitchingBackend;
import org.peerchain.rpc.api.DevControl;
import org.peerchain.rpc.api.DevRequestException;
import org.peerchain.rpc.server.RpcMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A dev node on a fork that anvil_reset can re-fork while its JSON-RPC keeps serving: the RPC server
 * is started once over a {@link SwitchingBackend}, and each fork is a {@link PeerchainNode} without
 * its own server. A re-fork connects and verifies the new fork point, starts a node on it in a new
 * temporary data directory, switches the backend to it once no call is running, and closes the old
 * node; until the new one has started, the old fork serves, and stays when the new one fails.
 *
 * <p>Why a new node rather than rewinding the old one: a fork's block 0 and genesis (timestamp, gas
 * limit, base fee, state root) are the fork point's, and the chain store, pool and consensus are all
 * built from them. A re-fork's chain is temporary (anvil keeps none either); a restart with a kept
 * data directory opens the fork its command line names.
 */
public final class ForkedDevNode implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ForkedDevNode.class);

  private final NodeConfig config;
  private final RelayedChainEvents events = new RelayedChainEvents();
  private final SwitchingBackend backend;
  private final NodeRpc rpc;
  private Fork current;
  private boolean closed;

  /** One fork's node, its settings and, for a re-fork, its temporary data directory. */
  private record Fork(PeerchainNode node, ForkSettings settings, Optional<TempDataDir> dir) {}

  private ForkedDevNode(NodeConfig config, Fork first) {
    this.config = config;
    this.current = first;
    events.attach(first.node().events());
    this.backend = new SwitchingBackend(first.node().rpcBackend(events));
    this.rpc = NodeRpc.serve(config.rpc(), backend.backend(), RpcMetrics.NONE);
    reforkable(first);
  }

  /**
   * Starts a dev node on {@code fork}, which {@code settings} made; {@code config} is as for
   * {@link PeerchainNode#start(NodeConfig, Optional)} and must have dev settings.
   */
  public static ForkedDevNode start(NodeConfig config, ForkSettings settings, ForkedChain fork) {
    if (config.dev().isEmpty()) {
      throw new IllegalArgumentException("a forked dev node needs dev settings");
    }
    PeerchainNode node = PeerchainNode.startWithoutRpc(config, Optional.of(fork));
    try {
      return new ForkedDevNode(config, new Fork(node, settings, Optional.empty()));
    } catch (RuntimeException e) {
      node.close();
      throw e;
    }
  }

  /** The node of the current fork (changes at each re-fork). */
  public synchronized PeerchainNode node() {
    return current.node();
  }

  public int rpcPort() {
    return rpc.port();
  }

  private void reforkable(Fork fork) {
    DevNodeControl dev = fork.node().dev().orElseThrow();
    dev.forkedFrom(dev.fork().orElseThrow(), Optional.of(this::refork));
  }

  private static long forkedNumber(Fork fork) {
    return fork.node().dev().orElseThrow().fork().orElseThrow().blockNumber();
  }

  /** anvil_reset with forking: see {@link DevControl#refork}. */
  synchronized void refork(Optional<String> url, OptionalLong block) {
    if (closed) {
      throw new DevRequestException("the node is stopping");
    }
    ForkSettings old = current.settings();
    URI upstream;
    try {
      upstream = url.map(UpstreamClient::parseUrl).orElse(old.url());
    } catch (IllegalArgumentException e) {
      throw new DevRequestException("invalid argument 0 (options): forking.jsonRpcUrl: " + e.getMessage());
    }
    ForkSettings next = new ForkSettings(upstream, block, old.anchor(), old.chainId(), old.limits(), old.blockPeriodMs(),
        old.emptyBlockPeriodMs(), old.validator());
    String keeps = "; still forked from " + old.url() + " at block " + forkedNumber(current);
    ForkedChain fork;
    try {
      fork = ForkConnector.connect(next);
    } catch (ForkException e) {
      throw new DevRequestException("re-fork failed: " + e.getMessage() + keeps);
    }
    TempDataDir dir = TempDataDir.create("peerchain-refork-");
    PeerchainNode node;
    try {
      node = PeerchainNode.startWithoutRpc(reforkConfig(dir, fork), Optional.of(fork));
    } catch (RuntimeException e) {
      dir.close();
      throw new DevRequestException("re-fork failed: " + e.getMessage() + keeps);
    }
    Fork replaced = current;
    Fork started = new Fork(node, next, Optional.of(dir));
    reforkable(started);
    backend.switchTo(node.rpcBackend(events), () -> {
      events.attach(node.events());
      current = started;
      replaced.node().close();
    });
    replaced.dir().ifPresent(TempDataDir::close);
    LOG.info("Re-forked {} at block #{}", upstream, fork.point().number());
  }

  // A re-fork's own directory and genesis; no metrics server (the first fork's port is in use until
  // it stops) and no state file loaded on top of the new fork.
  private NodeConfig reforkConfig(TempDataDir dir, ForkedChain fork) {
    DevSettings dev = config.dev().orElseThrow();
    return new NodeConfig(dir.path(), fork.localGenesis(), config.validatorKey(), config.rpc(), Optional.empty(),
        config.pruning(), config.txPool(), config.timeouts(), config.devAccounts(), Optional.empty(),
        Optional.of(new DevSettings(dev.automine(), dev.intervalMs(), Optional.empty(), dev.saveState(),
            dev.throwawayStore())));
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    rpc.close();
    current.node().close();
    current.dir().ifPresent(TempDataDir::close);
  }
}
