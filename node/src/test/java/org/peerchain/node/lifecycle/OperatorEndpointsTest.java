package org.peerchain.node.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerchain.core.genesis.Genesis;
import org.peerchain.node.config.NodeConfig;
import org.peerchain.node.config.NodeConfig.MetricsAddress;
import org.peerchain.node.dev.DevChain;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;
import org.web3j.utils.Numeric;

/**
 * What an operator sees of a dev node in this JVM: the metrics on its metrics port after a
 * transfer, liveness and readiness on its RPC port, and the Grafana dashboard in deploy/grafana,
 * every metric of whose queries the node must export.
 */
class OperatorEndpointsTest {
  static final Path DASHBOARD = Path.of("..", "deploy", "grafana", "peerchain-dashboard.json");
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @TempDir static Path dataDir;
  static PeerchainNode node;
  static String metrics;

  @BeforeAll
  static void startAndTransfer() throws Exception {
    Genesis genesis = DevNodes.genesis();
    NodeConfig base = DevNodes.config(dataDir, genesis);
    NodeConfig config = new NodeConfig(base.dataDir(), base.genesis(), base.validatorKey(), base.rpc(),
        Optional.of(new MetricsAddress("127.0.0.1", 0)), base.pruning(), base.txPool(), base.timeouts(),
        base.devAccounts());
    node = PeerchainNode.start(config);
    Credentials alice = Credentials.create(DevChain.accounts(1).get(0).privateKey().bytes().toHexString());
    BigInteger gwei = BigInteger.TEN.pow(9);
    RawTransaction transfer = RawTransaction.createEtherTransaction(DevNodes.CHAIN_ID, BigInteger.ZERO,
        BigInteger.valueOf(21_000), "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", BigInteger.TEN.pow(18), gwei,
        gwei.multiply(BigInteger.valueOf(50)));
    String raw = Numeric.toHexString(TransactionEncoder.signMessage(transfer, DevNodes.CHAIN_ID, alice));
    JsonNode receipt = rpc("eth_sendRawTransactionSync", "[\"" + raw + "\", 10000]");
    assertThat(receipt.path("result").path("status").asText()).as(receipt.toString()).isEqualTo("0x1");
    // A wallet's mistake, so the per-method error series exists as it does on any node in use.
    assertThat(rpc("eth_getBalance", "[\"0xbad\", \"latest\"]").has("error")).isTrue();
    metrics = get("http://127.0.0.1:" + node.metricsPort().orElseThrow() + "/metrics").body();
  }

  @AfterAll
  static void stop() {
    if (node != null) {
      node.close();
    }
  }

  @Test
  void exportsTheStandardAndConsensusNames() {
    String validator = DevChain.validatorKey().address().toChecksumString();
    assertThat(value("ethereum_blockchain_height")).isGreaterThanOrEqualTo(1);
    assertThat(value("ethereum_best_known_block_number")).isEqualTo(value("ethereum_blockchain_height"));
    assertThat(value("ethereum_peer_count")).isZero();
    assertThat(value("ethereum_peer_limit")).isZero();
    assertThat(value("peerchain_consensus_height")).isGreaterThanOrEqualTo(1);
    assertThat(value("peerchain_consensus_rounds")).isZero();
    assertThat(value("peerchain_consensus_validators")).isEqualTo(1);
    assertThat(value("peerchain_consensus_missing_validators")).isZero();
    assertThat(value("peerchain_consensus_byzantine_validators")).isZero();
    assertThat(value("peerchain_consensus_validator_missed_blocks{validator_address=\"" + validator + "\"}")).isZero();
    assertThat(value("peerchain_consensus_validator_last_signed_height{validator_address=\"" + validator + "\"}"))
        .isGreaterThanOrEqualTo(1);
    assertThat(value("peerchain_blocksync_syncing")).isZero();
    assertThat(metrics).contains("peerchain_mempool_size ", "peerchain_consensus_block_interval_seconds_count ",
        "peerchain_head_height ", "peerchain_rpc_requests_total{method=\"eth_sendRawTransactionSync\"}");
  }

  @Test
  void aDevNodeIsLiveAndReadyWithoutPeers() throws Exception {
    String rpc = "http://127.0.0.1:" + node.rpcPort();
    HttpResponse<String> live = get(rpc + "/liveness");
    assertThat(live.statusCode()).isEqualTo(200);
    assertThat(MAPPER.readTree(live.body()).get("status").asText()).isEqualTo("UP");
    HttpResponse<String> ready = get(rpc + "/readiness?minPeers=1&maxBlocksBehind=0");
    assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
    assertThat(get(rpc + "/readiness?minPeers=x").statusCode()).isEqualTo(400);
  }

  @Test
  void everyDashboardQueryNamesExportedMetrics() throws IOException {
    Set<String> exported = exportedNames(metrics);
    JsonNode dashboard = MAPPER.readTree(Files.readString(DASHBOARD));
    Set<String> queries = new TreeSet<>();
    dashboard.findValues("expr").forEach(e -> queries.add(e.asText()));
    for (JsonNode variable : dashboard.path("templating").path("list")) {
      if (variable.path("query").has("query")) {
        queries.add(variable.path("query").path("query").asText());
      }
    }
    assertThat(queries).hasSizeGreaterThan(15);
    Set<String> used = new TreeSet<>();
    for (String query : queries) {
      Set<String> names = PromQl.metricNames(query);
      assertThat(names).as("metrics in " + query).isNotEmpty();
      used.addAll(names);
    }
    assertThat(exported).as("metric names the dashboard uses").containsAll(used);
  }

  /** Sample names of a Prometheus text page: the part of each line before its labels or value. */
  static Set<String> exportedNames(String text) {
    Set<String> names = new TreeSet<>();
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      Matcher m = Pattern.compile("^[a-zA-Z_:][a-zA-Z0-9_:]*").matcher(line);
      if (m.find()) {
        names.add(m.group());
      }
    }
    return names;
  }

  private static double value(String series) {
    for (String line : metrics.split("\n")) {
      if (line.startsWith(series + " ")) {
        return Double.parseDouble(line.substring(series.length() + 1).strip());
      }
    }
    throw new AssertionError("no series " + series + " in\n" + metrics);
  }

  private static JsonNode rpc(String method, String params) throws Exception {
    String body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + method + "\",\"params\":" + params + "}";
    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.rpcPort()))
            .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    return MAPPER.readTree(r.body());
  }

  private static HttpResponse<String> get(String url) throws IOException {
    try {
      return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }
}
