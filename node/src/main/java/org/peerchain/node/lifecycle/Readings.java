package org.peerchain.node.lifecycle;

import java.util.Optional;
import org.peerchain.node.chain.LocalChain;
import org.peerchain.node.config.NodeConfig;
import org.peerchain.node.metrics.NodeReadings;
import org.peerchain.node.netadapter.NodeNetwork;
import org.peerchain.node.txpool.TxPool;
import org.peerchain.rpc.api.SyncProgress;

/** What the metrics read from the running parts at scrape time. */
final class Readings {
  private Readings() {}

  static NodeReadings of(NodeConfig config, LocalChain chain, TxPool pool, Optional<NodeNetwork> network) {
    return new NodeReadings(
        () -> chain.head().number(),
        () -> network.flatMap(NodeNetwork::syncProgress).map(SyncProgress::highestBlock).orElse(0L),
        () -> network.flatMap(NodeNetwork::syncProgress).isPresent(),
        () -> network.map(NodeNetwork::peerCount).orElse(0),
        config.network().map(NodeConfig.NetworkSettings::maxPeers).orElse(0),
        () -> {
          var status = pool.status();
          return status.pending() + status.queued();
        });
  }
}
