package org.peerchain.p2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
  private static final int MAX_REOPENS = 5000;

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
      stalled.add(open(port));
    }
    // All but PER_IP of them are closed at once; those PER_IP stay open, waiting for a TLS hello.
    Set<Socket> closed = new HashSet<>();
    Await.until("all but " + PER_IP + " closed", () -> {
      stalled.stream().filter(s -> !closed.contains(s) && closedByPeer(s)).forEach(closed::add);
      return closed.size() >= FLOOD - PER_IP;
    });
    List<Socket> held = stalled.stream().filter(s -> !closed.contains(s)).toList();
    assertThat(held).hasSize(PER_IP);

    // As in the observed attack, every closed socket is opened again while the honest node dials.
    Node honest = nodes.start(1, cfg -> cfg.bootnodes(List.of(victim.address())));
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    int reopened = 0;
    while (!victim.connectedTo(honest)) {
      assertThat(System.nanoTime() - deadline).as("honest peer admitted in time").isNegative();
      for (int i = 0; i < stalled.size() && reopened < MAX_REOPENS; i++) {
        if (!held.contains(stalled.get(i)) && closedByPeer(stalled.get(i))) {
          stalled.get(i).close();
          stalled.set(i, open(port));
          reopened++;
        }
      }
      Thread.sleep(10);
    }
    for (Socket s : held) {
      assertThat(closedByPeer(s)).as("the flood's first sockets are still held open").isFalse();
    }
  }

  private static Socket open(int port) throws IOException {
    Socket s = new Socket();
    s.bind(new InetSocketAddress(ATTACKER, 0));
    s.connect(new InetSocketAddress("127.0.0.1", port), 2000);
    s.setSoTimeout(50);
    return s;
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
