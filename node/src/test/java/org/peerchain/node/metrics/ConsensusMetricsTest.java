package org.peerchain.node.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.peerchain.consensus.bft.BftTestKit;
import org.peerchain.consensus.bft.engine.Evidence;
import org.peerchain.consensus.bft.message.VoteType;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.block.CommitCertificate;
import org.peerchain.core.block.CommitSignature;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;
import org.peerchain.node.events.NodeEvent.BlockFinalized;
import org.peerchain.node.events.NodeEvent.EquivocationFound;
import org.peerchain.node.events.NodeEvent.RoundStarted;
import org.peerchain.node.events.NodeEvents;

/** Consensus metrics as a scrape shows them, fed by events of a 4-validator set on a hand-set clock. */
class ConsensusMetricsTest {
  private final BftTestKit kit = new BftTestKit(4);
  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final AtomicLong clock = new AtomicLong();
  private final NodeEvents events = new NodeEvents();

  @Test
  void certificatesShowWhoMissedAndWhoSigned() throws IOException {
    new ConsensusMetrics(registry, kit.validators, 9, clock::get).subscribe(events);
    String v0 = kit.keys.get(0).address().toChecksumString();
    String v3 = kit.keys.get(3).address().toChecksumString();
    assertThat(scrape()).contains("peerchain_consensus_height 9.0", "peerchain_consensus_validators 4.0",
        "peerchain_consensus_validator_missed_blocks{validator_address=\"" + v3 + "\"} 0.0");

    events.publish(finalized(10, 0, 0, 1, 2));
    clock.set(1_500_000_000L);
    events.publish(finalized(11, 1, 0, 1, 2));
    clock.set(2_000_000_000L);
    events.publish(finalized(12, 0, 0, 1, 3));

    String text = scrape();
    assertThat(text).contains("peerchain_consensus_height 12.0",
        "peerchain_consensus_missing_validators 1.0",
        "peerchain_consensus_missing_validators_power 1.0",
        "peerchain_consensus_validator_missed_blocks{validator_address=\"" + v3 + "\"} 2.0",
        "peerchain_consensus_validator_last_signed_height{validator_address=\"" + v3 + "\"} 12.0",
        "peerchain_consensus_validator_missed_blocks{validator_address=\"" + v0 + "\"} 0.0",
        "peerchain_consensus_validator_last_signed_height{validator_address=\"" + v0 + "\"} 12.0",
        "peerchain_consensus_block_interval_seconds_count 2",
        "peerchain_consensus_block_interval_seconds_sum 2.0",
        "peerchain_consensus_block_interval_seconds_bucket{le=\"0.5\"} 1",
        "peerchain_consensus_block_interval_seconds_bucket{le=\"2.0\"} 2");
  }

  @Test
  void roundsAndEquivocators() throws IOException {
    new ConsensusMetrics(registry, kit.validators, 0, clock::get).subscribe(events);
    events.publish(new RoundStarted(5, 2));
    assertThat(scrape()).contains("peerchain_consensus_rounds 2.0", "peerchain_consensus_byzantine_validators 0.0");
    KeyPair liar = kit.keys.get(1);
    Evidence evidence = new Evidence(BftTestKit.vote(liar, VoteType.PREVOTE, 5, 2, Optional.empty()),
        BftTestKit.vote(liar, VoteType.PREVOTE, 5, 2, Optional.of(Hash.fromHexString("0x" + "11".repeat(32)))));
    events.publish(new EquivocationFound(evidence));
    events.publish(new EquivocationFound(evidence));
    events.publish(new RoundStarted(6, 0));
    assertThat(scrape()).contains("peerchain_consensus_rounds 0.0", "peerchain_consensus_byzantine_validators 1.0",
        "peerchain_consensus_byzantine_validators_power 1.0");
  }

  @Test
  void eip2159AndCometNamesReadAtScrapeTime() throws IOException {
    AtomicLong head = new AtomicLong(7);
    StandardMetrics.register(registry, new NodeReadings(head::get, () -> 30, () -> true, () -> 3, 25, () -> 12));
    assertThat(scrape()).contains("ethereum_blockchain_height 7.0", "ethereum_best_known_block_number 30.0",
        "ethereum_peer_count 3.0", "ethereum_peer_limit 25.0", "peerchain_mempool_size 12.0",
        "peerchain_blocksync_syncing 1.0");
    head.set(40);
    assertThat(scrape()).contains("ethereum_blockchain_height 40.0", "ethereum_best_known_block_number 40.0");
  }

  private BlockFinalized finalized(long height, int round, int... signers) {
    BlockHeader header = BlockHeader.builder().number(height).baseFeePerGas(UInt256.ONE).build();
    List<CommitSignature> signatures = new ArrayList<>();
    for (int i : signers) {
      KeyPair k = kit.keys.get(i);
      signatures.add(new CommitSignature(k.address(),
          BftTestKit.vote(k, VoteType.PRECOMMIT, height, round, Optional.of(header.hash())).signature()));
    }
    return new BlockFinalized(header, new CommitCertificate(height, round, header.hash(), signatures));
  }

  private String scrape() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PrometheusTextFormatWriter(false).write(out, registry.scrape());
    return out.toString(StandardCharsets.UTF_8);
  }
}
