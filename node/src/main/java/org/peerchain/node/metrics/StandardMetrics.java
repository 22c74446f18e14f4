package org.peerchain.node.metrics;

import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/**
 * Metrics under names other tools already know. EIP-2159's {@code ethereum_*} names are
 * unprefixed by design, so one dashboard serves every Ethereum client; the pool and sync gauges
 * carry CometBFT's subsystem names ({@code mempool_size}, {@code blocksync_syncing}) under the
 * node's own {@code peerchain_} namespace, as CometBFT puts them under its {@code cometbft_} one.
 */
final class StandardMetrics {
  private StandardMetrics() {}

  static void register(PrometheusRegistry registry, NodeReadings read) {
    GaugeWithCallback.builder().name("ethereum_blockchain_height").help("Number of the finalized head block (EIP-2159)")
        .callback(cb -> cb.call(read.headHeight().getAsLong())).register(registry);
    GaugeWithCallback.builder().name("ethereum_best_known_block_number")
        .help("Highest block number this node knows of, its own or a peer's (EIP-2159)")
        .callback(cb -> cb.call(Math.max(read.headHeight().getAsLong(), read.bestKnownBlock().getAsLong())))
        .register(registry);
    GaugeWithCallback.builder().name("ethereum_peer_count").help("Connected peers (EIP-2159)")
        .callback(cb -> cb.call(read.peers().getAsInt())).register(registry);
    GaugeWithCallback.builder().name("ethereum_peer_limit").help("Most peers this node connects to (EIP-2159)")
        .callback(cb -> cb.call(read.peerLimit())).register(registry);
    GaugeWithCallback.builder().name("peerchain_mempool_size").help("Transactions in the pool, pending and queued")
        .callback(cb -> cb.call(read.poolSize().getAsInt())).register(registry);
    GaugeWithCallback.builder().name("peerchain_blocksync_syncing")
        .help("1 while block sync catches up with peers, else 0")
        .callback(cb -> cb.call(read.syncing().getAsBoolean() ? 1 : 0)).register(registry);
  }
}
