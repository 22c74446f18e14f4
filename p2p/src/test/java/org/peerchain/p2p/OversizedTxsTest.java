package org.peerchain.p2p;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.p2p.TestNodes.Node;
import org.peerchain.p2p.protocol.Disconnect;
import org.peerchain.p2p.protocol.DisconnectReason;
import org.peerchain.p2p.protocol.Message;
import org.peerchain.p2p.transport.NodeCertificate;

/** A Txs frame of 16 MiB is within the frame limit but not within a Txs message's: refused from its header. */
class OversizedTxsTest {
  private final TestNodes nodes = new TestNodes();

  @AfterEach
  void stop() {
    nodes.close();
  }

  @Test
  void aSixteenMebibyteTxsFrameIsRefusedBeforeItsPayloadArrives() throws Exception {
    Node a = nodes.start(1);
    try (RawPeer p = RawPeer.connect(a.network().port(), NodeCertificate.create(P2pFixtures.key(70)))) {
      p.send(P2pFixtures.status());
      Await.until("admitted", () -> a.network().peerCount() == 1);
      // Length 16 MiB, type Txs, and not one byte of the payload.
      p.send(Bytes.fromHexString("0x0100000012"));
      p.awaitClosed(Duration.ofSeconds(5));
      List<Message> got = p.received();
      Disconnect d = (Disconnect) got.get(got.size() - 1);
      assertThat(d.reason()).isEqualTo(DisconnectReason.MALFORMED_MESSAGE);
      assertThat(d.text()).contains("a TXS frame of 16777216 bytes exceeds");
    }
    assertThat(a.network().score(P2pFixtures.id(70))).isGreaterThanOrEqualTo(40);
  }
}
