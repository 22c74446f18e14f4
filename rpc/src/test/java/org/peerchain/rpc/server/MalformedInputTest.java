package org.peerchain.rpc.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peerchain.core.bytes.Hex;
import org.peerchain.rpc.fixture.TestServer;

/** Hostile and broken input over real HTTP: every one gets the right error and the server keeps serving. */
class MalformedInputTest {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final int MAX_BODY = 4096;
  static final int BATCH_LIMIT = 5;
  static TestServer server;

  @BeforeAll
  static void start() {
    server = new TestServer(RpcConfig.builder().maxBodyBytes(MAX_BODY).batchLimit(BATCH_LIMIT));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @AfterEach
  void stillServes() throws IOException {
    JsonNode r = MAPPER.readTree(server.post("{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"eth_chainId\"}").body());
    assertThat(r.get("result").textValue()).isEqualTo("0x539");
  }

  @Test
  void invalidJsonIsAParseError() throws IOException {
    for (String body : new String[] {"{", "{\"jsonrpc\":\"2.0\",", "nul", "[1,2", "{\"a\":1}}", "{\"id\":1} trailing", ""}) {
      HttpResponse<String> r = server.post(body);
      assertThat(r.statusCode()).as(body).isEqualTo(200);
      assertThat(error(r).get("code").intValue()).as(body).isEqualTo(-32700);
      assertThat(MAPPER.readTree(r.body()).get("id").isNull()).isTrue();
    }
  }

  @Test
  void duplicateKeysAreAParseError() throws IOException {
    HttpResponse<String> r = server.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\",\"method\":\"eth_blockNumber\"}");
    assertThat(error(r).get("code").intValue()).isEqualTo(-32700);
  }

  @Test
  void invalidUtf8IsAParseError() throws IOException {
    byte[] body = {'{', '"', 'a', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'};
    HttpResponse<String> r = server.send(request().POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    assertThat(error(r).get("code").intValue()).isEqualTo(-32700);
  }

  @Test
  void deepNestingIsRefusedNotACrash() throws IOException {
    // Balanced and within the body limit, but deeper than the parser's nesting limit of 1000.
    String body = "[".repeat(2000) + "]".repeat(2000);
    HttpResponse<String> r = server.post(body);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(error(r).get("code").intValue()).isEqualTo(-32700);
  }

  @Test
  void numberOrStringRequestIsInvalid() throws IOException {
    for (String body : new String[] {"42", "\"eth_chainId\"", "true", "null"}) {
      HttpResponse<String> r = server.post(body);
      assertThat(error(r).get("code").intValue()).as(body).isIn(-32600, -32700);
    }
    assertThat(error(server.post("42")).get("code").intValue()).isEqualTo(-32600);
  }

  @Test
  void oversizedBodyIs413WithAJsonError() throws IOException {
    String body = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"web3_sha3\",\"params\":[\"0x" + "ab".repeat(MAX_BODY) + "\"]}";
    HttpResponse<String> r = server.post(body);
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(error(r).get("message").textValue()).contains("larger than " + MAX_BODY);
  }

  @Test
  void oversizedChunkedBodyIsRefusedToo() throws IOException {
    // No Content-Length: the limit must hold while reading.
    Supplier<InputStream> chunks = () -> new java.io.ByteArrayInputStream(new byte[MAX_BODY * 3]);
    HttpResponse<String> r = server.send(request().POST(HttpRequest.BodyPublishers.ofInputStream(chunks)));
    assertThat(r.statusCode()).isEqualTo(413);
  }

  @Test
  void oversizedBatchIsRefusedWhole() throws IOException {
    String call = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\"}";
    String batch = "[" + String.join(",", java.util.Collections.nCopies(BATCH_LIMIT + 1, call)) + "]";
    JsonNode r = MAPPER.readTree(server.post(batch).body());
    assertThat(r.isObject()).isTrue();
    assertThat(r.get("error").get("code").intValue()).isEqualTo(-32005);
    assertThat(r.get("error").get("message").textValue()).contains("batch too large");
    String full = "[" + String.join(",", java.util.Collections.nCopies(BATCH_LIMIT, call)) + "]";
    assertThat(MAPPER.readTree(server.post(full).body()).size()).isEqualTo(BATCH_LIMIT);
  }

  @Test
  void emptyBatchIsOneInvalidRequestError() throws IOException {
    JsonNode r = MAPPER.readTree(server.post("[]").body());
    assertThat(r.get("error").get("code").intValue()).isEqualTo(-32600);
    assertThat(r.get("id").isNull()).isTrue();
  }

  @Test
  void notificationsGetNoReply() {
    HttpResponse<String> single = server.post("{\"jsonrpc\":\"2.0\",\"method\":\"eth_chainId\"}");
    assertThat(single.statusCode()).isEqualTo(200);
    assertThat(single.body()).isEmpty();
    HttpResponse<String> batch = server.post("[{\"jsonrpc\":\"2.0\",\"method\":\"eth_chainId\"},"
        + "{\"jsonrpc\":\"2.0\",\"method\":\"no_suchMethod\"}]");
    assertThat(batch.body()).isEmpty();
  }

  @Test
  void randomRawTransactionsAreRefusedCleanly() throws IOException {
    Random random = new Random(42);
    for (int i = 0; i < 200; i++) {
      byte[] raw = new byte[1 + random.nextInt(200)];
      random.nextBytes(raw);
      if (i % 3 == 0) {
        raw[0] = (byte) (0x01 + random.nextInt(2));
      }
      HttpResponse<String> r = server.post("{\"jsonrpc\":\"2.0\",\"id\":" + i
          + ",\"method\":\"eth_sendRawTransaction\",\"params\":[\"" + Hex.encode(raw) + "\"]}");
      assertThat(r.statusCode()).isEqualTo(200);
      JsonNode error = error(r);
      assertThat(error.get("code").intValue()).isEqualTo(-32000);
      assertThat(error.get("message").textValue()).matches("rlp: .+|transaction type not supported");
      assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }
  }

  @Test
  void wrongHttpMethodAndPathDoNotCrash() {
    assertThat(server.send(HttpRequest.newBuilder(URI.create(server.httpUrl() + "nothing")).GET()).statusCode())
        .isEqualTo(404);
    assertThat(server.send(HttpRequest.newBuilder(URI.create(server.httpUrl())).PUT(HttpRequest.BodyPublishers.ofString("{}")))
        .statusCode()).isBetween(400, 499);
  }

  @Test
  void garbageOnTheSocketDoesNotCrash() throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(5000);
      OutputStream out = socket.getOutputStream();
      out.write("\u0016\u0003\u0001 not http at all\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      String answer = new String(socket.getInputStream().readNBytes(12), StandardCharsets.ISO_8859_1);
      assertThat(answer).startsWith("HTTP/1.1 4");
    }
  }

  @Test
  void healthAnswersWithTheHead() throws IOException {
    HttpResponse<String> r = server.send(HttpRequest.newBuilder(URI.create(server.httpUrl() + "health")).GET());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    JsonNode health = MAPPER.readTree(r.body());
    assertThat(health.get("status").textValue()).isEqualTo("ok");
    assertThat(health.get("blockNumber").textValue()).isEqualTo("0x3");
  }

  @Test
  void healthIsUnavailableWithTheReasonOnceTheNodeIsUnhealthy() throws IOException {
    server.node().unhealthy("consensus halted: \"boom\"");
    try {
      HttpResponse<String> r = server.send(HttpRequest.newBuilder(URI.create(server.httpUrl() + "health")).GET());
      assertThat(r.statusCode()).isEqualTo(503);
      JsonNode health = MAPPER.readTree(r.body());
      assertThat(health.get("status").textValue()).isEqualTo("unhealthy");
      assertThat(health.get("reason").textValue()).isEqualTo("consensus halted: \"boom\"");
      assertThat(health.get("blockNumber").textValue()).isEqualTo("0x3");
    } finally {
      server.node().unhealthy(null);
    }
  }

  private static HttpRequest.Builder request() {
    return HttpRequest.newBuilder(URI.create(server.httpUrl())).header("Content-Type", "application/json");
  }

  private static JsonNode error(HttpResponse<String> r) throws IOException {
    JsonNode node = MAPPER.readTree(r.body());
    assertThat(node.has("error")).as(r.body()).isTrue();
    return node.get("error");
  }
}
