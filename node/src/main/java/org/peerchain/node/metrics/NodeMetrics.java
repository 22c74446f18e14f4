package org.peerchain.node.metrics;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.peerchain.consensus.bft.ValidatorSet;
import org.peerchain.node.events.NodeEvents;

/**
 * The node's Prometheus metrics. The RPC reports methods it does not serve under one name, so a
 * client sending random method names cannot grow the registry's label values.
 */
public final class NodeMetrics {
  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final Gauge headHeight;
  private final Counter transactions;
  private final Counter blocks;
  private final Gauge transactionsPerSecond;
  private final Gauge poolPending;
  private final Gauge poolQueued;
  private final Gauge peers;
  private final Gauge consensusHalted;
  private final Histogram blockImportSeconds;
  private final Counter rpcRequests;
  private final Counter rpcErrors;
  private final Histogram rpcSeconds;
  private final TxRate rate;
  private final LongSupplier nanoClock;
  private boolean watching;
  private volatile Supplier<Optional<SnapSyncReading>> snapSync = Optional::empty;

  public NodeMetrics(LongSupplier nanoClock) {
    this.nanoClock = nanoClock;
    this.rate = new TxRate(nanoClock);
    headHeight = Gauge.builder().name("peerchain_head_height").help("Number of the finalized head block")
        .register(registry);
    transactions = Counter.builder().name("peerchain_transactions").help("Transactions in finalized blocks")
        .register(registry);
    blocks = Counter.builder().name("peerchain_blocks").help("Blocks finalized by this node").register(registry);
    transactionsPerSecond = Gauge.builder().name("peerchain_transactions_per_second")
        .help("Finalized transactions per second over the last " + TxRate.WINDOW_SECONDS + " seconds")
        .register(registry);
    poolPending = Gauge.builder().name("peerchain_txpool_pending").help("Executable transactions in the pool")
        .register(registry);
    poolQueued = Gauge.builder().name("peerchain_txpool_queued").help("Future-nonce transactions in the pool")
        .register(registry);
    peers = Gauge.builder().name("peerchain_peers").help("Connected peers").register(registry);
    consensusHalted = Gauge.builder().name("peerchain_consensus_halted")
        .help("1 once consensus has halted on an internal failure (see the log and /health), else 0")
        .register(registry);
    consensusHalted.set(0);
    blockImportSeconds = Histogram.builder().name("peerchain_block_import_seconds")
        .help("Time to execute and commit a block").classicOnly()
        .classicUpperBounds(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10)
        .register(registry);
    rpcRequests = Counter.builder().name("peerchain_rpc_requests").help("JSON-RPC requests by method")
        .labelNames("method").register(registry);
    rpcErrors = Counter.builder().name("peerchain_rpc_errors").help("JSON-RPC requests answered with an error")
        .labelNames("method").register(registry);
    rpcSeconds = Histogram.builder().name("peerchain_rpc_request_seconds").help("JSON-RPC request latency")
        .labelNames("method").classicOnly()
        .classicUpperBounds(0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.05, 0.1, 0.5, 1)
        .register(registry);
    snapGauge("peerchain_snapsync_syncing", "1 while the node fetches state by snap sync, else 0", r -> 1);
    snapGauge("peerchain_snapsync_accounts", "Accounts proven and written by snap sync", SnapSyncReading::accounts);
    snapGauge("peerchain_snapsync_bytes", "Bytes of proven accounts fetched by snap sync", SnapSyncReading::bytes);
    snapGauge("peerchain_snapsync_ranges_done", "Key-space ranges snap sync has proven to their end",
        SnapSyncReading::rangesDone);
    snapGauge("peerchain_snapsync_ranges", "Key-space ranges snap sync fetches in all", SnapSyncReading::rangesTotal);
    snapGauge("peerchain_snapsync_peers", "Peers serving snap sync its pivot", SnapSyncReading::peers);
  }

  // Read at scrape time; 0 when no snap sync runs (before one starts, and after it finished).
  private void snapGauge(String name, String help, ToLongFunction<SnapSyncReading> value) {
    GaugeWithCallback.builder().name(name).help(help)
        .callback(cb -> cb.call(snapSync.get().map(value::applyAsLong).orElse(0L))).register(registry);
  }

  /** Where snap sync stands, for its gauges: empty when none runs. */
  public void watchSnapSync(Supplier<Optional<SnapSyncReading>> reading) {
    snapSync = reading;
  }

  /**
   * Adds the metrics that other tools know by name: EIP-2159's and CometBFT's consensus, pool and
   * sync metrics, fed by the node's events and by {@code readings} at scrape time. Once per node.
   */
  public synchronized void watch(NodeEvents events, ValidatorSet validators, long headHeight, NodeReadings readings) {
    if (watching) {
      throw new IllegalStateException("metrics already watch a node");
    }
    watching = true;
    StandardMetrics.register(registry, readings);
    new ConsensusMetrics(registry, validators, headHeight, nanoClock).subscribe(events);
  }

  public PrometheusRegistry registry() {
    return registry;
  }

  public void onBlockCommitted(long number, int txCount, long importNanos) {
    headHeight.set(number);
    blocks.inc();
    transactions.inc(txCount);
    blockImportSeconds.observe(importNanos / 1e9);
    transactionsPerSecond.set(rate.add(txCount));
  }

  public void onPool(int pending, int queued) {
    poolPending.set(pending);
    poolQueued.set(queued);
  }

  public void onConsensusHalted() {
    consensusHalted.set(1);
  }

  public void onPeers(int count) {
    peers.set(count);
  }

  public void onRpcRequest(String method, long nanos, boolean error) {
    rpcRequests.labelValues(method).inc();
    if (error) {
      rpcErrors.labelValues(method).inc();
    }
    rpcSeconds.labelValues(method).observe(nanos / 1e9);
  }
}
