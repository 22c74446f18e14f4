package org.peerchain.rpc.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.peerchain.rpc.api.ConsensusState;
import org.peerchain.rpc.api.NodeInfo;
import org.peerchain.rpc.api.SnapSyncProgress;
import org.peerchain.rpc.api.SyncProgress;
import org.peerchain.rpc.api.ValidatorInfo;

class SnapSyncRpcServerTest {
  private final AtomicReference<SyncProgress> progress = new AtomicReference<>(
      SyncProgress.snap(new SnapSyncProgress(1000, 5, 16, 31_000, 2_200_000, 3, OptionalLong.of(12))));
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper mapper = new ObjectMapper();

  private final NodeInfo node = new NodeInfo() {
    @Override
    public String clientVersion() {
      return "peerchain/test";
    }

    @Override
    public long chainId() {
      return 1337;
    }

    @Override
    public int peerCount() {
      return 3;
    }

    @Override
    public Optional<SyncProgress> syncing() {
      return Optional.of(progress.get());
    }

    @Override
    public ConsensusState consensusState() {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<ValidatorInfo> validators() {
      return List.of();
    }

    @Override
    public String nodeId() {
      return "";
    }

    @Override
    public String enode() {
      return "";
    }
  };

  private HttpResponse<String> post(int port, String method) throws Exception {
    String body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + method + "\",\"params\":[]}";
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(int port, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void answersEthSyncingWithTheSnapProgressAndNothingThatNeedsAChain() throws Exception {
    RpcConfig config = RpcConfig.builder().host("127.0.0.1").port(0).build();
    try (SnapSyncRpcServer server = SnapSyncRpcServer.start(config, node)) {
      JsonNode syncing = mapper.readTree(post(server.port(), "eth_syncing").body()).get("result");
      assertThat(syncing.get("startingBlock").asText()).isEqualTo("0x0");
      assertThat(syncing.get("currentBlock").asText()).isEqualTo("0x0");
      assertThat(syncing.get("highestBlock").asText()).isEqualTo("0x3e8");
      assertThat(syncing.get("pivotBlock").asText()).isEqualTo("0x3e8");
      assertThat(syncing.get("syncedAccounts").asText()).isEqualTo("0x7918");
      assertThat(syncing.get("syncedAccountBytes").asText()).isEqualTo("0x2191c0");
      assertThat(syncing.get("snapRangesDone").asText()).isEqualTo("0x5");
      assertThat(syncing.get("snapRangesTotal").asText()).isEqualTo("0x10");
      assertThat(syncing.get("snapPeers").asText()).isEqualTo("0x3");
      assertThat(syncing.get("snapEtaSeconds").asText()).isEqualTo("0xc");
      assertThat(syncing.get("earliestBlock").isNull()).isTrue();

      progress.set(SyncProgress.snap(new SnapSyncProgress(0, 0, 0, 0, 0, 0, OptionalLong.empty())));
      JsonNode before = mapper.readTree(post(server.port(), "eth_syncing").body()).get("result");
      assertThat(before.get("snapEtaSeconds").isNull()).isTrue();

      assertThat(mapper.readTree(post(server.port(), "eth_chainId").body()).get("result").asText()).isEqualTo("0x539");
      assertThat(mapper.readTree(post(server.port(), "net_peerCount").body()).get("result").asText()).isEqualTo("0x3");
      JsonNode balance = mapper.readTree(post(server.port(), "eth_getBalance").body());
      assertThat(balance.get("error").get("code").asInt()).isEqualTo(-32601);

      assertThat(get(server.port(), "/liveness").statusCode()).isEqualTo(200);
      assertThat(get(server.port(), "/readiness").statusCode()).isEqualTo(503);
    }
  }

  @Test
  void keepsTheHostGuard() throws Exception {
    RpcConfig config = RpcConfig.builder().host("127.0.0.1").port(0).build();
    try (SnapSyncRpcServer server = SnapSyncRpcServer.start(config, node);
        Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(5_000);
      String body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_syncing\",\"params\":[]}";
      String request = "POST / HTTP/1.1\r\nHost: evil.example:8545\r\nContent-Type: application/json\r\n"
          + "Content-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body;
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      String answer = new String(socket.getInputStream().readNBytes(4096), StandardCharsets.US_ASCII);
      assertThat(answer).startsWith("HTTP/1.1 403");
    }
  }
}
