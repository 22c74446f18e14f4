package org.peerchain.rpc.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.peerchain.rpc.fixture.TestServer;

/** Which pages may open the WebSocket: localhost pages by default, and pages this server sent itself. */
class WebSocketOriginTest {
  @Test
  void aPageFromTheServersOwnOriginMayConnect() throws IOException {
    try (TestServer server = TestServer.standard()) {
      // The explorer opened at a LAN address: its origin is that address, and its host passed the allow-list.
      assertThat(upgrade(server, "10.1.2.3:8545", "http://10.1.2.3:8545")).startsWith("HTTP/1.1 101");
      assertThat(upgrade(server, "localhost:8545", "http://localhost:8545")).startsWith("HTTP/1.1 101");
      assertThat(upgrade(server, "10.1.2.3:8545", "http://10.9.9.9:8545")).startsWith("HTTP/1.1 403");
      assertThat(upgrade(server, "10.1.2.3:8545", "https://evil.example")).startsWith("HTTP/1.1 403");
      // A name not on the allow-list never gets that far (DNS rebinding).
      assertThat(upgrade(server, "evil.example:8545", "http://evil.example:8545")).startsWith("HTTP/1.1 403");
    }
  }

  @Test
  void sameOriginComparesSchemeHostAndPort() {
    assertThat(HttpGuards.isSameOrigin("http://10.0.0.1:8545", "10.0.0.1:8545")).isTrue();
    assertThat(HttpGuards.isSameOrigin("HTTPS://Node.Example", "node.example")).isTrue();
    assertThat(HttpGuards.isSameOrigin("http://10.0.0.1:8546", "10.0.0.1:8545")).isFalse();
    assertThat(HttpGuards.isSameOrigin("http://10.0.0.1:8545/path", "10.0.0.1:8545")).isFalse();
    assertThat(HttpGuards.isSameOrigin("null", "10.0.0.1:8545")).isFalse();
    assertThat(HttpGuards.isSameOrigin(null, "10.0.0.1")).isFalse();
    assertThat(HttpGuards.isSameOrigin("http://", "")).isFalse();
  }

  private static String upgrade(TestServer server, String host, String origin) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(("GET / HTTP/1.1\r\nHost: " + host + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
          + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nOrigin: " + origin
          + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      byte[] head = new byte[64];
      int n = in.read(head);
      return n <= 0 ? "" : new String(head, 0, n, StandardCharsets.US_ASCII);
    }
  }
}
