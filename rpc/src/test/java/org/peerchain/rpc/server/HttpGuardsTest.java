package org.peerchain.rpc.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerchain.rpc.fixture.TestServer;
import org.peerchain.rpc.methods.Namespace;

/** Host allow-list, CORS and namespace switches, on a running server. */
class HttpGuardsTest {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final String CHAIN_ID = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\"}";

  @Test
  void hostHeaderMustBeAllowedUnlessAnIpLiteral() throws IOException {
    try (TestServer server = TestServer.standard()) {
      assertThat(rawPost(server, "localhost:8545")).startsWith("HTTP/1.1 200");
      assertThat(rawPost(server, "127.0.0.1")).startsWith("HTTP/1.1 200");
      assertThat(rawPost(server, "10.1.2.3:80")).startsWith("HTTP/1.1 200");
      assertThat(rawPost(server, "[::1]:8545")).startsWith("HTTP/1.1 200");
      String refused = rawPost(server, "evil.example:8545");
      assertThat(refused).startsWith("HTTP/1.1 403").contains("invalid host specified");
    }
  }

  @Test
  void wildcardAllowsAnyHost() throws IOException {
    try (TestServer server = new TestServer(RpcConfig.builder().hostAllowlist(List.of("*")))) {
      assertThat(rawPost(server, "evil.example")).startsWith("HTTP/1.1 200");
    }
  }

  @Test
  void corsHeadersOnlyForConfiguredOrigins() {
    try (TestServer server = new TestServer(RpcConfig.builder().corsOrigins(List.of("https://wallet.example")))) {
      HttpResponse<String> allowed = server.send(post(server).header("Origin", "https://wallet.example"));
      assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://wallet.example");
      HttpResponse<String> other = server.send(post(server).header("Origin", "https://other.example"));
      assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
      HttpResponse<String> preflight = server.send(HttpRequest.newBuilder(URI.create(server.httpUrl()))
          .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://wallet.example")
          .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "content-type"));
      assertThat(preflight.statusCode()).isEqualTo(204);
      assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(v -> assertThat(v).contains("POST"));
      assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers")).hasValue("content-type");
    }
  }

  @Test
  void noCorsHeadersByDefault() {
    try (TestServer server = TestServer.standard()) {
      HttpResponse<String> r = server.send(post(server).header("Origin", "https://wallet.example"));
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }
  }

  @Test
  void disabledNamespaceMethodsDoNotExist() throws IOException {
    try (TestServer server = new TestServer(RpcConfig.builder().namespaces(EnumSet.of(Namespace.ETH)))) {
      String body = server.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"web3_clientVersion\"}").body();
      assertThat(MAPPER.readTree(body).get("error").get("message").textValue())
          .isEqualTo("the method web3_clientVersion does not exist/is not available");
      assertThat(MAPPER.readTree(server.post(CHAIN_ID).body()).get("result").textValue()).isEqualTo("0x539");
      String send = server.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_sendTransaction\",\"params\":[{}]}").body();
      assertThat(MAPPER.readTree(send).get("error").get("code").intValue()).isEqualTo(-32601);
    }
  }

  private static HttpRequest.Builder post(TestServer server) {
    return HttpRequest.newBuilder(URI.create(server.httpUrl())).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(CHAIN_ID));
  }

  /** java.net.http does not let a caller set Host, so this goes over a plain socket. */
  private static String rawPost(TestServer server, String host) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(5000);
      byte[] body = CHAIN_ID.getBytes(StandardCharsets.UTF_8);
      OutputStream out = socket.getOutputStream();
      out.write(("POST / HTTP/1.1\r\nHost: " + host + "\r\nContent-Type: application/json\r\nContent-Length: "
          + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
