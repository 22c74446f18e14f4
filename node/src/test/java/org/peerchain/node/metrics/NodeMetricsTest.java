package org.peerchain.node.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class NodeMetricsTest {
  @Test
  void servesPrometheusText() throws Exception {
    AtomicLong clock = new AtomicLong();
    NodeMetrics metrics = new NodeMetrics(clock::get);
    metrics.onBlockCommitted(7, 3, 2_000_000);
    metrics.onPool(4, 1);
    metrics.onPeers(2);
    metrics.onRpcRequest("eth_getBalance", 100_000, false);
    metrics.onRpcRequest("(unknown)", 100_000, true);
    try (MetricsServer server = MetricsServer.start(metrics, "127.0.0.1", 0)) {
      HttpResponse<String> response = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/metrics")).build(),
          HttpResponse.BodyHandlers.ofString());
      String text = response.body();
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(text).contains("peerchain_head_height 7.0")
          .contains("peerchain_transactions_total 3.0")
          .contains("peerchain_txpool_pending 4.0")
          .contains("peerchain_peers 2.0")
          .contains("peerchain_block_import_seconds_count 1")
          .contains("peerchain_rpc_requests_total{method=\"eth_getBalance\"} 1.0")
          .contains("peerchain_rpc_errors_total{method=\"(unknown)\"} 1.0")
          .contains("peerchain_consensus_halted 0.0");
    }
  }

  @Test
  void snapSyncGaugesReadTheRunningSyncAndAreZeroWithoutOne() throws Exception {
    NodeMetrics metrics = new NodeMetrics(() -> 0);
    AtomicReference<Optional<SnapSyncReading>> reading =
        new AtomicReference<>(Optional.of(new SnapSyncReading(31_000, 2_200_000, 5, 16, 3)));
    metrics.watchSnapSync(reading::get);
    try (MetricsServer server = MetricsServer.start(metrics, "127.0.0.1", 0)) {
      assertThat(scrape(server)).contains("peerchain_snapsync_syncing 1.0")
          .contains("peerchain_snapsync_accounts 31000.0")
          .contains("peerchain_snapsync_bytes 2200000.0")
          .contains("peerchain_snapsync_ranges_done 5.0")
          .contains("peerchain_snapsync_ranges 16.0")
          .contains("peerchain_snapsync_peers 3.0");
      reading.set(Optional.empty());
      assertThat(scrape(server)).contains("peerchain_snapsync_syncing 0.0")
          .contains("peerchain_snapsync_accounts 0.0");
    }
  }

  private static String scrape(MetricsServer server) throws Exception {
    return HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/metrics")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }

  @Test
  void rateCoversTheWindowOnly() {
    AtomicLong clock = new AtomicLong();
    TxRate rate = new TxRate(clock::get);
    assertThat(rate.add(100)).isEqualTo(100.0); // 100 txs within the first second
    clock.set(4_500_000_000L);
    assertThat(rate.add(0)).isEqualTo(20.0); // 100 over 5 seconds
    clock.set(20_000_000_000L);
    assertThat(rate.add(50)).isEqualTo(5.0); // the first 100 have left the 10 s window
  }
}
