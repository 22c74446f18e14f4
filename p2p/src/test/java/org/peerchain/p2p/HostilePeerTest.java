package org.peerchain.p2p;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.bouncycastle.asn1.ASN1OctetString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Hash;
import org.peerchain.p2p.TestNodes.Node;
import org.peerchain.p2p.protocol.Disconnect;
import org.peerchain.p2p.protocol.DisconnectReason;
import org.peerchain.p2p.protocol.Message;
import org.peerchain.p2p.protocol.Status;
import org.peerchain.p2p.transport.IdentityExtension;
import org.peerchain.p2p.transport.NodeCertificate;

/** A peer that breaks the rules is dropped and scored; the honest pair it talks to stays connected. */
class HostilePeerTest {
  private static final Duration CLOSE = Duration.ofSeconds(5);

  private final TestNodes nodes = new TestNodes();
  private Node a;
  private Node b;

  @BeforeEach
  void honestPair() {
    b = nodes.start(2);
    a = nodes.start(1, cfg -> cfg.bootnodes(List.of(b.address())));
    Await.until("a-b", () -> a.connectedTo(b) && b.connectedTo(a));
  }

  @AfterEach
  void stop() {
    nodes.close();
  }

  private RawPeer hostile(int key) throws Exception {
    RawPeer p = RawPeer.connect(a.network().port(), NodeCertificate.create(P2pFixtures.key(key)));
    Await.until("a's Status", () -> p.received().size() == 1);
    assertThat(p.received().get(0)).isInstanceOf(Status.class);
    return p;
  }

  private static Disconnect disconnectOf(RawPeer p) {
    List<Message> got = p.received();
    assertThat(got).hasSizeGreaterThanOrEqualTo(2);
    return (Disconnect) got.get(got.size() - 1);
  }

  private void honestPairStillConnected() {
    assertThat(a.connectedTo(b)).isTrue();
    assertThat(b.connectedTo(a)).isTrue();
  }

  @Test
  void aMalformedMessageIsDisconnectedAndScored() throws Exception {
    try (RawPeer p = hostile(50)) {
      p.send(Bytes.fromHexString("0x0000000500deadbeef"));
      p.awaitClosed(CLOSE);
      assertThat(disconnectOf(p).reason()).isEqualTo(DisconnectReason.MALFORMED_MESSAGE);
    }
    assertThat(a.network().score(P2pFixtures.id(50))).isGreaterThanOrEqualTo(40);
    honestPairStillConnected();
  }

  @Test
  void anOversizedFrameIsRefusedFromItsHeader() throws Exception {
    try (RawPeer p = hostile(51)) {
      p.send(Bytes.fromHexString("0x01000000"));
      p.awaitClosed(CLOSE);
      Disconnect d = disconnectOf(p);
      assertThat(d.reason()).isEqualTo(DisconnectReason.FRAME_TOO_LARGE);
      assertThat(d.text()).contains("16777216 bytes exceeds the limit of 65536");
    }
    assertThat(a.network().score(P2pFixtures.id(51))).isGreaterThanOrEqualTo(40);
    honestPairStillConnected();
  }

  @Test
  void aWrongGenesisIsRefusedAndBanned() throws Exception {
    try (RawPeer p = hostile(52)) {
      p.send(new Status(P2pConfig.PROTOCOL_VERSION, P2pFixtures.CHAIN_ID, Hash.ZERO, 0, Hash.ZERO, 0));
      p.awaitClosed(CLOSE);
      assertThat(disconnectOf(p).reason()).isEqualTo(DisconnectReason.WRONG_GENESIS);
    }
    assertThat(a.network().isBanned(P2pFixtures.id(52))).isTrue();
    // Banned ids are refused right after TLS on their next attempt.
    try (RawPeer again = RawPeer.connect(a.network().port(), NodeCertificate.create(P2pFixtures.key(52)))) {
      again.awaitClosed(CLOSE);
      assertThat(again.received()).containsExactly(new Disconnect(DisconnectReason.BANNED, "banned"));
    }
    honestPairStillConnected();
  }

  @Test
  void randomGarbageIsDisconnectedAndScored() throws Exception {
    byte[] garbage = new byte[300];
    new Random(5).nextBytes(garbage);
    try (RawPeer p = hostile(53)) {
      p.send(Bytes.wrap(garbage));
      p.awaitClosed(CLOSE);
      assertThat(disconnectOf(p).reason()).isIn(DisconnectReason.FRAME_TOO_LARGE, DisconnectReason.MALFORMED_MESSAGE);
    }
    assertThat(a.network().score(P2pFixtures.id(53))).isPositive();
    honestPairStillConnected();
  }

  @Test
  void aCertificateWithoutTheIdentityExtensionIsRefusedDuringTls() throws Exception {
    NodeCertificate plain = NodeCertificate.build(NodeCertificate.newTlsKey(), null);
    try (RawPeer p = RawPeer.connect(a.network().port(), plain)) {
      p.awaitClosed(CLOSE);
      assertThat(p.receivedBytes()).isZero();
    }
    assertThat(a.network().peerCount()).isEqualTo(1);
    honestPairStillConnected();
  }

  @Test
  void aCertificateWithAForgedExtensionIsRefusedDuringTls() throws Exception {
    // b's genuine extension on a certificate over another key: an attempt to pass as b.
    NodeCertificate genuine = NodeCertificate.create(P2pFixtures.key(2));
    byte[] ext = ASN1OctetString.getInstance(genuine.certificate().getExtensionValue(IdentityExtension.OID.getId()))
        .getOctets();
    NodeCertificate forged = NodeCertificate.build(NodeCertificate.newTlsKey(), ext);
    try (RawPeer p = RawPeer.connect(a.network().port(), forged)) {
      p.awaitClosed(CLOSE);
      assertThat(p.receivedBytes()).isZero();
    }
    assertThat(a.network().peerCount()).isEqualTo(1);
    honestPairStillConnected();
  }
}
