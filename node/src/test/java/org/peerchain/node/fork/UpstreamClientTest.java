package org.peerchain.node.fork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The upstream client against a loopback server that misbehaves in one way per test. */
class UpstreamClientTest {
  // Generous: a loaded machine must not turn an answer into a timeout. Only the hanging test waits it out.
  private static final UpstreamLimits LIMITS = new UpstreamLimits(Duration.ofSeconds(10), Duration.ofSeconds(20), 4096);

  private HttpServer server;
  private ExecutorService executor;
  private final CountDownLatch release = new CountDownLatch(1);

  private UpstreamClient serve(Function<String, String> answer, int status) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    executor = Executors.newFixedThreadPool(2);
    server.setExecutor(executor);
    server.createContext("/", exchange -> respond(exchange, answer, status));
    server.start();
    return new UpstreamClient(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), LIMITS);
  }

  private void respond(HttpExchange exchange, Function<String, String> answer, int status) throws IOException {
    String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String body = answer.apply(request);
    if (body == null) {
      // Never answers until the test ends.
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.close();
      return;
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @AfterEach
  void stop() {
    release.countDown();
    if (server != null) {
      server.stop(0);
      executor.shutdownNow();
    }
  }

  private static String idOf(String request) {
    int at = request.indexOf("\"id\":") + 5;
    return request.substring(at, request.indexOf(',', at));
  }

  @Test
  void aResultComesBack() throws IOException {
    UpstreamClient client = serve(r -> "{\"jsonrpc\":\"2.0\",\"id\":" + idOf(r) + ",\"result\":\"0x1092\"}", 200);
    assertThat(client.call("eth_chainId").asText()).isEqualTo("0x1092");
  }

  @Test
  void anAnswerLargerThanTheLimitIsCutOff() throws IOException {
    UpstreamClient client = serve(r -> "{\"jsonrpc\":\"2.0\",\"id\":" + idOf(r) + ",\"result\":\"" + "a".repeat(10_000) + "\"}", 200);
    assertThatThrownBy(() -> client.call("eth_getProof")).isInstanceOf(ForkException.class).hasMessageContaining("exceeds 4096 bytes");
  }

  @Test
  void anUpstreamThatNeverAnswersTimesOut() throws IOException {
    serve(r -> null, 200);
    UpstreamClient client = new UpstreamClient(URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
        LIMITS.withCallTimeout(Duration.ofMillis(300)));
    assertThatThrownBy(() -> client.call("eth_getProof")).isInstanceOf(ForkException.class).hasMessageContaining("did not answer");
  }

  @Test
  void errorsStatusesAndForeignAnswersAreNamed() throws IOException {
    UpstreamClient client = serve(r -> r.contains("eth_a")
        ? "{\"jsonrpc\":\"2.0\",\"id\":" + idOf(r) + ",\"error\":{\"code\":-32000,\"message\":\"missing trie node\"}}"
        : r.contains("eth_b") ? "{\"jsonrpc\":\"2.0\",\"id\":999999,\"result\":1}" : "not json", 200);
    assertThatThrownBy(() -> client.call("eth_a")).isInstanceOf(ForkException.class).hasMessageContaining("-32000: missing trie node");
    assertThatThrownBy(() -> client.call("eth_b")).isInstanceOf(ForkException.class).hasMessageContaining("without a JSON-RPC response");
    assertThatThrownBy(() -> client.call("eth_c")).isInstanceOf(ForkException.class).hasMessageContaining("malformed JSON");
  }

  @Test
  void anHttpErrorIsAnError() throws IOException {
    UpstreamClient client = serve(r -> "oops", 503);
    assertThatThrownBy(() -> client.call("eth_chainId")).isInstanceOf(ForkException.class).hasMessageContaining("HTTP 503");
  }

  @Test
  void onlyHttpUrlsAreAccepted() {
    assertThat(UpstreamClient.parseUrl("http://127.0.0.1:8545").getPort()).isEqualTo(8545);
    assertThatThrownBy(() -> UpstreamClient.parseUrl("file:///etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> UpstreamClient.parseUrl("http://" + "a".repeat(3000))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> UpstreamClient.parseUrl("not a url")).isInstanceOf(IllegalArgumentException.class);
  }
}
