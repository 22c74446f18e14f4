package org.peerchain.node.lifecycle;

import java.util.List;
import org.peerchain.consensus.execution.GenesisBlock;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.node.chain.LocalChain;
import org.peerchain.node.config.ConfigException;
import org.peerchain.node.config.NodeConfig;
import org.peerchain.node.events.NodeEvents;
import org.peerchain.node.metrics.NodeMetrics;
import org.peerchain.node.netadapter.NodeNetwork;
import org.peerchain.node.txpool.TxPool;
import org.peerchain.node.validator.NodeConsensus;
import org.peerchain.p2p.P2pConfig;
import org.peerchain.p2p.identity.NodeKey;
import org.peerchain.p2p.identity.PeerAddress;

/** Turns the node's network settings into a running network: node key, peer addresses, limits. */
final class NetworkStarter {
  private NetworkStarter() {}

  static NodeNetwork start(NodeConfig config, LocalChain chain, TxPool pool, NodeConsensus consensus,
      NodeEvents events, NodeMetrics metrics) {
    NodeConfig.NetworkSettings settings = config.network().orElseThrow();
    KeyPair nodeKey = NodeKey.loadOrCreate(config.dataDir());
    long chainId = config.genesis().chainId();
    var genesisHash = GenesisBlock.hash(config.genesis());
    int maxPeers = settings.maxPeers();
    P2pConfig p2p = P2pConfig.builder(chainId, genesisHash)
        .host(settings.host()).port(settings.port())
        .bootnodes(addresses("--bootnodes", settings.bootnodes()))
        .staticPeers(addresses("--static-peers", settings.staticPeers()))
        .maxPeers(maxPeers).maxOutbound(Math.max(1, Math.min(maxPeers, maxPeers / 2 + 1)))
        .dataDir(config.dataDir())
        .discovery(settings.discovery())
        .build();
    return NodeNetwork.start(p2p, nodeKey, chainId, genesisHash, chain, pool, consensus, events,
        metrics::onPeers);
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
