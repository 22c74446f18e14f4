package org.peerchain.p2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peerchain.p2p.TestNodes.Node;
import org.peerchain.p2p.transport.InboundLimits;

/**
 * One address opens many TCP connections that never start TLS; an honest node still gets in while
 * they are held. The flood comes from 127.0.0.2 (Linux routes all of 127/8 to loopback) so that the
 * honest node, on 127.0.0.1, is another address, as it would be on a real network.
 */
class InboundFloodTest {
  private static final String ATTACKER = "127.0.0.2";
  private static final int FLOOD = 20;
  private static final int PER_IP = 2;

  private final TestNodes nodes = new TestNodes();
  private final List<Socket> stalled = new ArrayList<>();

  @AfterEach
  void stop() {
    for (Socket s : stalled) {
      try {
        s.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
    nodes.close();
  }

  @Test
  void stalledConnectionsFromOneAddressDoNotKeepAnHonestPeerOut() throws Exception {
    assumeTrue(canBind(ATTACKER), "this host has no " + ATTACKER);
    Node victim = nodes.start(2, cfg -> cfg.maxPeers(4).maxOutbound(0)
        .inboundAuthTimeout(Duration.ofSeconds(30))
        .inboundLimits(new InboundLimits(2 * PER_IP, PER_IP, 1000, 1000, 1000, 1000)));
    int port = victim.network().port();
    for (int i = 0; i < FLOOD; i++) {
      Socket s = new Socket();
      s.bind(new InetSocketAddress(ATTACKER, 0));
      s.connect(new InetSocketAddress("127.0.0.1", port), 2000);
      s.setSoTimeout(300);
      stalled.add(s);
    }
    // All but PER_IP of them are closed at once; those PER_IP stay open, waiting for a TLS hello.
    List<Socket> held = new ArrayList<>();
    for (Socket s : stalled) {
      if (!closedByPeer(s)) {
        held.add(s);
      }
    }
    assertThat(held).hasSize(PER_IP);

    Node honest = nodes.start(1, cfg -> cfg.bootnodes(List.of(victim.address())));
    Await.until("honest peer admitted", () -> victim.connectedTo(honest));
    for (Socket s : held) {
      assertThat(closedByPeer(s)).as("the flood's sockets are still held open").isFalse();
    }
  }

  private static boolean closedByPeer(Socket s) {
    try {
      return s.getInputStream().read() < 0;
    } catch (SocketTimeoutException e) {
      return false;
    } catch (IOException e) {
      return true;
    }
  }

  private static boolean canBind(String host) {
    try (Socket s = new Socket()) {
      s.bind(new InetSocketAddress(host, 0));
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
