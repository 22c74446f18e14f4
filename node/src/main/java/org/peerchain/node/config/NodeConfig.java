package org.peerchain.node.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.peerchain.consensus.bft.TimeoutPolicy;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.genesis.Genesis;
import org.peerchain.node.txpool.TxPoolConfig;
import org.peerchain.rpc.server.RpcConfig;
import org.peerchain.storage.state.StatePruning;

/**
 * Everything a node starts with, checked and resolved (files read, keys decrypted).
 *
 * @param devAccounts keys for eth_accounts / eth_sendTransaction; empty except in dev mode
 * @param metrics host and port of the Prometheus endpoint, if it is on
 * @param dev cheat methods and mining modes of {@code peerchain dev}; never with a network
 */
public record NodeConfig(
    Path dataDir,
    Genesis genesis,
    Optional<KeyPair> validatorKey,
    RpcConfig rpc,
    Optional<MetricsAddress> metrics,
    StatePruning pruning,
    TxPoolConfig txPool,
    TimeoutPolicy timeouts,
    List<KeyPair> devAccounts,
    Optional<NetworkSettings> network,
    Optional<DevSettings> dev) {

  public record MetricsAddress(String host, int port) {}

  /**
   * Where the node listens for peers and whom it dials (peer addresses are peerchain://id@host:port),
   * whether it also dials addresses learned from peers, how it joins and which state snapshots it serves.
   */
  public record NetworkSettings(String host, int port, List<String> bootnodes, List<String> staticPeers, int maxPeers,
      SyncSettings sync, boolean discovery) {
    public NetworkSettings {
      Objects.requireNonNull(host, "host");
      bootnodes = List.copyOf(bootnodes);
      staticPeers = List.copyOf(staticPeers);
      Objects.requireNonNull(sync, "sync");
    }

    /** Full sync, default snapshots, discovery on. */
    public NetworkSettings(String host, int port, List<String> bootnodes, List<String> staticPeers, int maxPeers) {
      this(host, port, bootnodes, staticPeers, maxPeers, SyncSettings.FULL_DEFAULTS, true);
    }

    /** Discovery on: learned addresses are dialed too. */
    public NetworkSettings(String host, int port, List<String> bootnodes, List<String> staticPeers, int maxPeers,
        SyncSettings sync) {
      this(host, port, bootnodes, staticPeers, maxPeers, sync, true);
    }

    /** Full sync, default snapshots. */
    public NetworkSettings(String host, int port, List<String> bootnodes, List<String> staticPeers, int maxPeers,
        boolean discovery) {
      this(host, port, bootnodes, staticPeers, maxPeers, SyncSettings.FULL_DEFAULTS, discovery);
    }
  }

  /** A node without dev cheats. */
  public NodeConfig(Path dataDir, Genesis genesis, Optional<KeyPair> validatorKey, RpcConfig rpc,
      Optional<MetricsAddress> metrics, StatePruning pruning, TxPoolConfig txPool, TimeoutPolicy timeouts,
      List<KeyPair> devAccounts, Optional<NetworkSettings> network) {
    this(dataDir, genesis, validatorKey, rpc, metrics, pruning, txPool, timeouts, devAccounts, network, Optional.empty());
  }

  /** A node without peers (dev mode). */
  public NodeConfig(Path dataDir, Genesis genesis, Optional<KeyPair> validatorKey, RpcConfig rpc,
      Optional<MetricsAddress> metrics, StatePruning pruning, TxPoolConfig txPool, TimeoutPolicy timeouts,
      List<KeyPair> devAccounts) {
    this(dataDir, genesis, validatorKey, rpc, metrics, pruning, txPool, timeouts, devAccounts, Optional.empty());
  }

  public NodeConfig {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(genesis, "genesis");
    Objects.requireNonNull(validatorKey, "validatorKey");
    Objects.requireNonNull(rpc, "rpc");
    Objects.requireNonNull(metrics, "metrics");
    Objects.requireNonNull(pruning, "pruning");
    Objects.requireNonNull(txPool, "txPool");
    Objects.requireNonNull(timeouts, "timeouts");
    devAccounts = List.copyOf(devAccounts);
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(dev, "dev");
    if (dev.isPresent() && network.isPresent()) {
      // Cheats rewrite the chain; a node with peers must never have them.
      throw new IllegalArgumentException("dev cheats are for a node without peers");
    }
  }

  /** This configuration with dev cheats on. */
  public NodeConfig withDev(DevSettings settings) {
    return new NodeConfig(dataDir, genesis, validatorKey, rpc, metrics, pruning, txPool, timeouts, devAccounts, network,
        Optional.of(settings));
  }
}
