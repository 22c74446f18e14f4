package org.peerchain.p2p;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peerchain.p2p.TestNodes.Node;
import org.peerchain.p2p.identity.PeerAddress;
import org.peerchain.p2p.peers.AddressBook;
import org.peerchain.p2p.protocol.GetPeers;
import org.peerchain.p2p.protocol.Peers;
import org.peerchain.p2p.protocol.Status;
import org.peerchain.p2p.transport.NodeCertificate;

/** A connected peer floods Peers messages full of invented nodes; the victim's address book holds. */
class PeerExchangeAttackTest {
  private final TestNodes nodes = new TestNodes();

  @AfterEach
  void stop() {
    nodes.close();
  }

  /** 64 invented nodes, each in its own public /24, so that only the per-source limit applies. */
  private static Peers invented(int round) {
    List<PeerAddress> list = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      list.add(PeerAddress.of(FakeIds.fake(round * 64 + i), "44." + round + "." + i + ".1", 30303));
    }
    return new Peers(list);
  }

  @Test
  void floodedPeersMessagesBeyondTheOneAskedForAreIgnoredAndGetTheSenderBanned() throws Exception {
    // No outbound slots: the victim never dials what it learns, so nothing leaves this host.
    Node victim = nodes.start(2, cfg -> cfg.maxOutbound(0));
    try (RawPeer attacker = RawPeer.connect(victim.network().port(), NodeCertificate.create(P2pFixtures.key(60)))) {
      Await.until("victim's Status", () -> attacker.received().size() == 1);
      attacker.send(new Status(P2pConfig.PROTOCOL_VERSION, P2pFixtures.CHAIN_ID, P2pFixtures.GENESIS, 0,
          P2pFixtures.GENESIS, 0));
      Await.until("victim asks for peers", () -> attacker.received().contains(new GetPeers()));
      for (int round = 0; round < 50 && attacker.isOpen(); round++) {
        attacker.send(invented(round));
      }
      attacker.awaitClosed(Duration.ofSeconds(10));
    }
    assertThat(victim.network().isBanned(P2pFixtures.id(60))).isTrue();
    List<AddressBook.Entry> fake = victim.network().addressBook().entries().stream()
        .filter(e -> e.address().host().startsWith("44.")).toList();
    // The one answer it asked for, within the one source's share; nothing from the other 49.
    assertThat(fake).hasSize(64).allMatch(e -> e.address().host().startsWith("44.0."));
    assertThat(fake).noneMatch(AddressBook.Entry::tried);
  }
}
