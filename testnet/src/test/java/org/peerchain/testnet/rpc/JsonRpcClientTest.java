package org.peerchain.testnet.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a small JSON-RPC server: eth_blockNumber answers 0x2a, eth_getBlockByNumber a block, others an error. */
class JsonRpcClientTest {
  static final ObjectMapper MAPPER = new ObjectMapper();
  HttpServer server;
  final AtomicInteger connections = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      JsonNode request = MAPPER.readTree(exchange.getRequestBody());
      JsonNode response = request.isArray() ? batch(request) : answer(request);
      byte[] body = response.toString().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  static JsonNode batch(JsonNode requests) {
    ArrayNode out = MAPPER.createArrayNode();
    // Answers in reverse order: the client must match them by id.
    for (int i = requests.size() - 1; i >= 0; i--) {
      out.add(answer(requests.get(i)));
    }
    return out;
  }

  static ObjectNode answer(JsonNode request) {
    ObjectNode out = MAPPER.createObjectNode().put("jsonrpc", "2.0");
    out.set("id", request.get("id"));
    switch (request.get("method").asText()) {
      case "eth_blockNumber" -> out.put("result", "0x2a");
      case "eth_getBlockByNumber" -> {
        String n = request.get("params").get(0).asText();
        if (Long.decode(n) > 0x2a) {
          out.putNull("result");
        } else {
          ObjectNode block = out.putObject("result");
          block.put("number", n).put("hash", "0xh" + n).put("parentHash", "0xp").put("stateRoot", "0xs")
              .put("timestamp", "0x10");
          block.putArray("transactions").add("0xt1").add("0xt2");
        }
      }
      default -> out.putObject("error").put("code", -32601).put("message", "the method does not exist");
    }
    return out;
  }

  @Test
  void callsAndBatchesOverOneConnection() {
    try (NodeClient client = NodeClient.local(server.getAddress().getPort(), 2_000)) {
      assertThat(client.blockNumber()).isEqualTo(42);
      assertThat(client.block(3)).contains(new BlockSummary(3, "0xh0x3", "0xp", "0xs", 16, List.of("0xt1", "0xt2")));
      List<BlockSummary> blocks = client.blocks(0, 250);
      assertThat(blocks).hasSize(43).extracting(BlockSummary::number).startsWith(0L, 1L).endsWith(42L);
      assertThat(client.evidenceCount()).as("method not found").isEmpty();
      assertThatThrownBy(client::peerCount).isInstanceOf(RpcError.class)
          .hasMessage("net_peerCount: the method does not exist");
    }
  }

  @Test
  void aNodeThatIsNotThereIsUnavailable() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    try (NodeClient client = NodeClient.local(port, 500)) {
      assertThatThrownBy(client::blockNumber).isInstanceOf(RpcUnavailable.class).hasMessageContaining("does not answer");
    }
  }

  @Test
  void aSilentNodeTimesOut() throws IOException {
    try (ServerSocket silent = new ServerSocket(0, 50, java.net.InetAddress.getByName("127.0.0.1"));
        NodeClient client = NodeClient.local(silent.getLocalPort(), 300)) {
      assertThatThrownBy(client::blockNumber).isInstanceOf(RpcUnavailable.class);
    }
  }

  @Test
  void quantitiesAreStrict() {
    assertThat(Quantity.hex(255)).isEqualTo("0xff");
    assertThat(Quantity.parse(MAPPER.getNodeFactory().textNode("0xff"), "x")).isEqualTo(255);
    assertThatThrownBy(() -> Quantity.parse(MAPPER.getNodeFactory().textNode("ff"), "x")).isInstanceOf(RpcUnavailable.class);
    assertThatThrownBy(() -> Quantity.parse(MAPPER.getNodeFactory().numberNode(3), "x")).isInstanceOf(RpcUnavailable.class);
  }
}
