package org.peerchain.p2p;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peerchain.p2p.TestNodes.Node;
import org.peerchain.p2p.protocol.GetBlocks;
import org.peerchain.p2p.protocol.Status;
import org.peerchain.p2p.transport.NodeCertificate;

/** A peer that floods GetBlocks and stops reading is banned; honest peers and new handshakes carry on. */
class NonReadingPeerTest {
  private final TestNodes nodes = new TestNodes();

  @AfterEach
  void stop() {
    nodes.close();
  }

  @Test
  void anAmplifyingPeerThatDoesNotReadIsBannedAndOthersAreServed() throws Exception {
    Node b = nodes.start(2);
    Node a = nodes.start(1, new FakeChain().withBlocks(300), cfg -> cfg.bootnodes(List.of(b.address())));
    Await.until("a-b", () -> a.connectedTo(b) && b.connectedTo(a));
    try (RawPeer p = RawPeer.connect(a.network().port(), NodeCertificate.create(P2pFixtures.key(60)))) {
      p.send(P2pFixtures.status());
      Await.until("admitted", () -> a.network().peerCount() == 2);
      p.stopReading();
      for (int i = 0; i < 5000; i++) {
        p.send(new GetBlocks(i, 1, 128));
      }
      Await.until("banned", () -> a.network().isBanned(P2pFixtures.id(60)));
      Await.until("dropped", () -> a.network().peerCount() == 1);
    }
    // A fresh handshake still completes, and a's blocks still reach an honest asker.
    try (RawPeer fresh = RawPeer.connect(a.network().port(), NodeCertificate.create(P2pFixtures.key(61)))) {
      Await.until("a's Status", () -> !fresh.received().isEmpty());
      assertThat(fresh.received().get(0)).isInstanceOf(Status.class);
    }
    assertThat(b.network().requestBlocks(a.id(), 1, 128).get()).hasSize(128);
    assertThat(a.connectedTo(b)).isTrue();
  }
}
