package org.peerchain.testnet.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The proxy over real sockets on 127.0.0.1: node1 dials it to reach a plain server standing in for node2. */
class LinkProxyTest {
  static final Link UP = new Link("node1", "node2");
  static final int READ_TIMEOUT_MS = 5_000;

  ServerSocket target;
  LinkProxy proxy;

  @BeforeEach
  void start() throws IOException {
    target = new ServerSocket();
    target.bind(new InetSocketAddress("127.0.0.1", 0));
    target.setSoTimeout(READ_TIMEOUT_MS);
    proxy = LinkProxy.start("127.0.0.1", List.of(new Route(UP, 0, target.getLocalPort())), 1);
  }

  @AfterEach
  void stop() throws IOException {
    proxy.close();
    target.close();
  }

  Socket dial() throws IOException {
    Socket s = new Socket();
    s.connect(new InetSocketAddress("127.0.0.1", proxy.port(UP)), READ_TIMEOUT_MS);
    s.setSoTimeout(READ_TIMEOUT_MS);
    return s;
  }

  static String read(Socket s, int n) throws IOException {
    byte[] buf = s.getInputStream().readNBytes(n);
    return new String(buf, java.nio.charset.StandardCharsets.US_ASCII);
  }

  static void write(Socket s, String text) throws IOException {
    s.getOutputStream().write(text.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    s.getOutputStream().flush();
  }

  @Test
  void bytesTravelBothWays() throws IOException {
    try (Socket client = dial(); Socket server = target.accept()) {
      write(client, "ping");
      assertThat(read(server, 4)).isEqualTo("ping");
      write(server, "pong");
      assertThat(read(client, 4)).isEqualTo("pong");
    }
  }

  @Test
  void aPartitionResetsOpenConnectionsAndRefusesNewOnesUntilHealed() throws IOException {
    try (Socket client = dial(); Socket server = target.accept()) {
      write(client, "a");
      assertThat(read(server, 1)).isEqualTo("a");
      proxy.apply(LinkFaults.partition(List.of("node1"), List.of("node2")));
      assertThat(endOfStream(client)).isTrue();
      assertThat(endOfStream(server)).isTrue();
    }
    try (Socket refused = dial()) {
      assertThat(endOfStream(refused)).isTrue();
    }
    proxy.apply(LinkFaults.NONE);
    try (Socket client = dial(); Socket server = target.accept()) {
      write(client, "b");
      assertThat(read(server, 1)).isEqualTo("b");
    }
  }

  @Test
  void aOneWayStallWithholdsOneDirectionWhileTheOtherFlowsAndDeliversOnHeal() throws IOException {
    try (Socket client = dial(); Socket server = target.accept()) {
      proxy.apply(LinkFaults.oneWay("node1", List.of("node2")));
      write(server, "heard");
      assertThat(read(client, 5)).isEqualTo("heard");
      write(client, "unheard");
      server.setSoTimeout(500);
      assertThatThrownBy(() -> server.getInputStream().read()).isInstanceOf(SocketTimeoutException.class);
      server.setSoTimeout(READ_TIMEOUT_MS);
      proxy.apply(LinkFaults.NONE);
      assertThat(read(server, 7)).isEqualTo("unheard");
    }
  }

  @Test
  void theReverseStallSilencesTheAnswersOfTheDialedNode() throws IOException {
    try (Socket client = dial(); Socket server = target.accept()) {
      proxy.apply(LinkFaults.oneWay("node2", List.of("node1")));
      write(client, "asked");
      assertThat(read(server, 5)).isEqualTo("asked");
      write(server, "x");
      client.setSoTimeout(500);
      assertThatThrownBy(() -> client.getInputStream().read()).isInstanceOf(SocketTimeoutException.class);
    }
  }

  @Test
  void aPortInUseIsReportedWithTheLink() throws IOException {
    try (ServerSocket busy = new ServerSocket()) {
      busy.bind(new InetSocketAddress("127.0.0.1", 0));
      assertThatThrownBy(() -> LinkProxy.start("127.0.0.1", List.of(new Route(UP, busy.getLocalPort(), 1)), 1))
          .hasMessageContaining("node1→node2").hasMessageContaining(Integer.toString(busy.getLocalPort()));
    }
  }

  /** True when the peer closed (end of stream or reset) within the read timeout. */
  static boolean endOfStream(Socket s) {
    try {
      InputStream in = s.getInputStream();
      return in.read() == -1;
    } catch (SocketTimeoutException e) {
      return false;
    } catch (IOException e) {
      return true;
    }
  }
}
