package org.peerchain.rpc.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peerchain.rpc.api.SyncProgress;
import org.peerchain.rpc.fixture.TestServer;

/** /liveness and /readiness over real HTTP, with the node's peers, sync and health set by the test. */
class HealthProbesTest {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.standard();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @AfterEach
  void reset() {
    server.node().reset();
  }

  @Test
  void readyWithPeersAndInSync() throws IOException {
    HttpResponse<String> r = get("readiness");
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode body = MAPPER.readTree(r.body());
    assertThat(body.get("status").asText()).isEqualTo("UP");
    assertThat(body.get("peers").asInt()).isEqualTo(3);
    assertThat(body.get("minPeers").asInt()).isEqualTo(1);
    assertThat(body.get("maxBlocksBehind").asInt()).isEqualTo(2);
    assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/json");
  }

  @Test
  void tooFewPeersIsNotReady() throws IOException {
    server.node().peers(0, true);
    HttpResponse<String> r = get("readiness");
    assertThat(r.statusCode()).isEqualTo(503);
    JsonNode body = MAPPER.readTree(r.body());
    assertThat(body.get("status").asText()).isEqualTo("DOWN");
    assertThat(body.get("reason").asText()).isEqualTo("0 peers, fewer than 1");
    assertThat(get("readiness?minPeers=0").statusCode()).isEqualTo(200);
    server.node().peers(3, true);
    assertThat(get("readiness?minPeers=4").statusCode()).isEqualTo(503);
    assertThat(get("readiness?minPeers=3").statusCode()).isEqualTo(200);
  }

  @Test
  void aNodeWithoutPeerNetworkNeedsNoPeers() {
    server.node().peers(0, false);
    assertThat(get("readiness").statusCode()).isEqualTo(200);
    assertThat(get("readiness?minPeers=5").statusCode()).isEqualTo(200);
  }

  @Test
  void behindMoreThanAllowedIsNotReady() throws IOException {
    server.node().syncing(new SyncProgress(0, 100, 103));
    HttpResponse<String> r = get("readiness");
    assertThat(r.statusCode()).isEqualTo(503);
    JsonNode body = MAPPER.readTree(r.body());
    assertThat(body.get("reason").asText()).isEqualTo("syncing: 3 blocks behind, more than 2");
    assertThat(body.get("blocksBehind").asInt()).isEqualTo(3);
    assertThat(get("readiness?maxBlocksBehind=3").statusCode()).isEqualTo(200);
    server.node().syncing(new SyncProgress(0, 100, 102));
    assertThat(get("readiness").statusCode()).isEqualTo(200);
  }

  @Test
  void haltedConsensusIsNeitherLiveNorReady() throws IOException {
    assertThat(get("liveness").statusCode()).isEqualTo(200);
    assertThat(MAPPER.readTree(get("liveness").body()).get("status").asText()).isEqualTo("UP");
    server.node().unhealthy("consensus halted: boom");
    HttpResponse<String> live = get("liveness");
    assertThat(live.statusCode()).isEqualTo(503);
    assertThat(MAPPER.readTree(live.body()).get("reason").asText()).isEqualTo("consensus halted: boom");
    assertThat(get("readiness?minPeers=0").statusCode()).isEqualTo(503);
  }

  @Test
  void malformedParametersAre400WithTheReason() throws IOException {
    for (String query : new String[] {"minPeers=abc", "minPeers=-1", "maxBlocksBehind=1.5", "maxBlocksBehind=%D9%A3",
        "minPeers=99999999999999999999999", "maxBlocksBehind=0x10"}) {
      HttpResponse<String> r = get("readiness?" + query);
      assertThat(r.statusCode()).as(query).isEqualTo(400);
      assertThat(MAPPER.readTree(r.body()).get("error").asText()).as(query)
          .startsWith("invalid " + query.substring(0, query.indexOf('=')) + ": '")
          .endsWith("(a whole number from 0 to 999999999)");
    }
    assertThat(get("readiness?minPeers=&maxBlocksBehind=").statusCode()).isEqualTo(200);
  }

  private static HttpResponse<String> get(String path) {
    return server.send(HttpRequest.newBuilder(URI.create(server.httpUrl() + path)).GET());
  }
}
