package org.peerchain.node.lifecycle;

import java.util.List;
import java.util.Optional;
import org.peerchain.consensus.execution.GenesisBlock;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.genesis.Genesis;
import org.peerchain.node.chain.LocalChain;
import org.peerchain.node.config.ConfigException;
import org.peerchain.node.config.NodeConfig;
import org.peerchain.node.events.NodeEvents;
import org.peerchain.node.metrics.NodeMetrics;
import org.peerchain.node.netadapter.NodeNetwork;
import org.peerchain.node.netadapter.SnapshotSource;
import org.peerchain.node.sync.snap.SnapBootstrap;
import org.peerchain.node.txpool.TxPool;
import org.peerchain.node.validator.NodeConsensus;
import org.peerchain.p2p.P2pConfig;
import org.peerchain.p2p.P2pNetwork;
import org.peerchain.p2p.api.ChainStatus;
import org.peerchain.p2p.identity.NodeKey;
import org.peerchain.p2p.identity.PeerAddress;
import org.peerchain.storage.kv.KeyValueStore;
import org.peerchain.storage.snap.AccountRangeReader;

/** Turns the node's network settings into a running network: node key, peer addresses, limits. */
final class NetworkStarter {
  private NetworkStarter() {}

  static NodeNetwork start(NodeConfig config, LocalChain chain, TxPool pool, NodeConsensus consensus,
      NodeEvents events, NodeMetrics metrics, KeyValueStore kv) {
    KeyPair nodeKey = NodeKey.loadOrCreate(config.dataDir());
    long chainId = config.genesis().chainId();
    var genesisHash = GenesisBlock.hash(config.genesis());
    return NodeNetwork.start(p2pConfig(config), nodeKey, chainId, genesisHash, chain, pool, consensus, events,
        metrics::onPeers, Optional.of(new SnapshotSource(new AccountRangeReader(kv))));
  }

  /**
   * The network a node with no chain yet uses to snap sync: same key and address, serving nothing
   * and ignoring gossip.
   */
  static P2pNetwork bootstrap(NodeConfig config) {
    Genesis genesis = config.genesis();
    return P2pNetwork.start(p2pConfig(config), NodeKey.loadOrCreate(config.dataDir()),
        ChainStatus.atGenesis(genesis.chainId(), GenesisBlock.hash(genesis)), SnapBootstrap.IGNORING);
  }

  private static P2pConfig p2pConfig(NodeConfig config) {
    NodeConfig.NetworkSettings settings = config.network().orElseThrow();
    long chainId = config.genesis().chainId();
    var genesisHash = GenesisBlock.hash(config.genesis());
    int maxPeers = settings.maxPeers();
    return P2pConfig.builder(chainId, genesisHash)
        .host(settings.host()).port(settings.port())
        .bootnodes(addresses("--bootnodes", settings.bootnodes()))
        .staticPeers(addresses("--static-peers", settings.staticPeers()))
        .maxPeers(maxPeers).maxOutbound(Math.max(1, Math.min(maxPeers, maxPeers / 2 + 1)))
        .dataDir(config.dataDir())
        .discovery(settings.discovery())
        .build();
  }

  static List<PeerAddress> addresses(String option, List<String> values) {
    return values.stream().map(String::strip).filter(v -> !v.isEmpty()).map(v -> {
      try {
        return PeerAddress.parse(v);
      } catch (IllegalArgumentException e) {
        throw new ConfigException("invalid value for " + option + ": " + e.getMessage());
      }
    }).toList();
  }
}
