package org.peerchain.node.metrics;

import io.prometheus.metrics.core.metrics.Gauge;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.peerchain.consensus.bft.ValidatorSet;
import org.peerchain.core.genesis.GenesisValidator;
import org.peerchain.core.types.Address;
import org.peerchain.node.events.NodeEvent.BlockFinalized;
import org.peerchain.node.events.NodeEvent.EquivocationFound;
import org.peerchain.node.events.NodeEvent.RoundStarted;
import org.peerchain.node.events.NodeEvents;

/**
 * Consensus metrics under CometBFT's names ({@code consensus_height}, {@code consensus_rounds},
 * {@code consensus_missing_validators}, ...) in the node's {@code peerchain_} namespace, fed by the
 * node's events: each finalized block's certificate (who signed), each round the engine enters,
 * each equivocation. Per-validator series carry CometBFT's {@code validator_address} label.
 *
 * <p>The block interval is measured on this node's clock between two finalized blocks: header
 * timestamps are whole seconds here and may repeat, so they cannot time sub-second blocks.
 */
public final class ConsensusMetrics {
  private final ValidatorSet validators;
  private final ValidatorActivity activity;
  private final LongSupplier nanoClock;
  private final Gauge height;
  private final Gauge rounds;
  private final Gauge missing;
  private final Gauge missingPower;
  private final Gauge byzantine;
  private final Gauge byzantinePower;
  private final Gauge missedBlocks;
  private final Gauge lastSigned;
  private final Histogram blockInterval;
  private final Map<Address, Long> equivocators = new HashMap<>();
  private long lastBlockNanos = Long.MIN_VALUE;

  public ConsensusMetrics(PrometheusRegistry registry, ValidatorSet validators, long headHeight, LongSupplier nanoClock) {
    this.validators = validators;
    this.activity = new ValidatorActivity(validators);
    this.nanoClock = nanoClock;
    height = Gauge.builder().name("peerchain_consensus_height").help("Height of the last block finalized here")
        .register(registry);
    height.set(headHeight);
    rounds = Gauge.builder().name("peerchain_consensus_rounds")
        .help("Round consensus is in at its current height (0 when the first proposal succeeds)").register(registry);
    Gauge count = Gauge.builder().name("peerchain_consensus_validators").help("Validators in the set").register(registry);
    count.set(validators.size());
    Gauge power = Gauge.builder().name("peerchain_consensus_validators_power").help("Voting power of the set")
        .register(registry);
    power.set(validators.totalPower());
    missing = Gauge.builder().name("peerchain_consensus_missing_validators")
        .help("Validators whose precommit is not in the last finalized block's certificate").register(registry);
    missingPower = Gauge.builder().name("peerchain_consensus_missing_validators_power")
        .help("Voting power of the missing validators").register(registry);
    byzantine = Gauge.builder().name("peerchain_consensus_byzantine_validators")
        .help("Validators seen signing two conflicting messages since this node started").register(registry);
    byzantinePower = Gauge.builder().name("peerchain_consensus_byzantine_validators_power")
        .help("Voting power of the byzantine validators").register(registry);
    missedBlocks = Gauge.builder().name("peerchain_consensus_validator_missed_blocks")
        .help("Blocks finalized here since start without this validator's precommit").labelNames("validator_address")
        .register(registry);
    lastSigned = Gauge.builder().name("peerchain_consensus_validator_last_signed_height")
        .help("Last block finalized here with this validator's precommit").labelNames("validator_address")
        .register(registry);
    blockInterval = Histogram.builder().name("peerchain_consensus_block_interval_seconds")
        .help("Time between two blocks finalized here, on this node's clock").classicOnly()
        .classicUpperBounds(0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60).register(registry);
    for (GenesisValidator v : validators.validators()) {
      String label = v.address().toChecksumString();
      missedBlocks.labelValues(label).set(0);
      lastSigned.labelValues(label).set(0);
    }
  }

  /** Subscribes to the events that feed these metrics. */
  public List<NodeEvents.Subscription> subscribe(NodeEvents events) {
    return List.of(events.subscribe(BlockFinalized.class, this::onFinalized),
        events.subscribe(RoundStarted.class, e -> rounds.set(e.round())),
        events.subscribe(EquivocationFound.class, this::onEquivocation));
  }

  void onFinalized(BlockFinalized event) {
    long now = nanoClock.getAsLong();
    synchronized (this) {
      if (lastBlockNanos != Long.MIN_VALUE) {
        blockInterval.observe(Math.max(0, now - lastBlockNanos) / 1e9);
      }
      lastBlockNanos = now;
    }
    height.set(event.header().number());
    activity.onCertificate(event.certificate());
    missing.set(activity.missingValidators());
    missingPower.set(activity.missingPower());
    for (Map.Entry<Address, ValidatorActivity.Record> e : activity.records().entrySet()) {
      String label = e.getKey().toChecksumString();
      missedBlocks.labelValues(label).set(e.getValue().missedBlocks());
      lastSigned.labelValues(label).set(e.getValue().lastSignedHeight());
    }
  }

  synchronized void onEquivocation(EquivocationFound event) {
    Address validator = event.evidence().validator();
    if (!validators.contains(validator)) {
      return;
    }
    equivocators.put(validator, validators.power(validator));
    byzantine.set(equivocators.size());
    byzantinePower.set(equivocators.values().stream().mapToLong(Long::longValue).sum());
  }
}
