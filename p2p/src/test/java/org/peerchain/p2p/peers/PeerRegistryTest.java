package org.peerchain.p2p.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peerchain.p2p.P2pFixtures.id;

import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peerchain.core.types.Hash;
import org.peerchain.p2p.P2pFixtures;
import org.peerchain.p2p.identity.PeerId;
import org.peerchain.p2p.protocol.Disconnect;
import org.peerchain.p2p.protocol.DisconnectReason;
import org.peerchain.p2p.protocol.FrameEncoder;
import org.peerchain.p2p.protocol.Message;
import org.peerchain.p2p.session.PeerRejectedException;
import org.peerchain.p2p.session.PeerSession;

class PeerRegistryTest {
  private static PeerSession session(PeerId peer, boolean outbound, boolean staticPeer) {
    EmbeddedChannel ch = new EmbeddedChannel(FrameEncoder.INSTANCE);
    return new PeerSession(ch, P2pFixtures.connection(peer, outbound), staticPeer, Optional.empty(), 0, Hash.ZERO, 16);
  }

  private static List<Message> written(PeerSession s) {
    return P2pFixtures.written((EmbeddedChannel) s.channel());
  }

  /** The two nodes of a simultaneous dial, each with its view of both connections. */
  private static PeerId lower() {
    return id(1).compareTo(id(2)) < 0 ? id(1) : id(2);
  }

  private static PeerId higher() {
    return id(1).compareTo(id(2)) < 0 ? id(2) : id(1);
  }

  @Test
  void bothSidesKeepTheConnectionDialedByTheLowerId() throws Exception {
    // At the lower node: its own outbound connection is the keeper, whichever arrives first.
    PeerRegistry atLower = new PeerRegistry(lower(), 10, 5);
    PeerSession lowerInbound = session(higher(), false, false);
    PeerSession lowerOutbound = session(higher(), true, false);
    atLower.admit(lowerInbound);
    atLower.admit(lowerOutbound);
    assertThat(atLower.get(higher())).contains(lowerOutbound);
    assertThat(written(lowerInbound)).last()
        .extracting(m -> ((Disconnect) m).reason()).isEqualTo(DisconnectReason.DUPLICATE_CONNECTION);

    // At the higher node: its inbound connection (dialed by the lower node) is the keeper.
    PeerRegistry atHigher = new PeerRegistry(higher(), 10, 5);
    PeerSession higherInbound = session(lower(), false, false);
    PeerSession higherOutbound = session(lower(), true, false);
    atHigher.admit(higherInbound);
    assertThatThrownBy(() -> atHigher.admit(higherOutbound))
        .isInstanceOf(PeerRejectedException.class)
        .satisfies(e -> assertThat(((PeerRejectedException) e).reason()).isEqualTo(DisconnectReason.DUPLICATE_CONNECTION));
    assertThat(atHigher.get(lower())).contains(higherInbound);
  }

  @Test
  void theSameNodeDialingTwiceKeepsTheFirstConnection() throws Exception {
    PeerRegistry reg = new PeerRegistry(id(1), 10, 5);
    PeerSession first = session(id(2), false, false);
    reg.admit(first);
    assertThatThrownBy(() -> reg.admit(session(id(2), false, false))).isInstanceOf(PeerRejectedException.class);
    assertThat(reg.get(id(2))).contains(first);
  }

  @Test
  void enforcesInboundAndOutboundSlotsButNotForStaticPeers() throws Exception {
    PeerRegistry reg = new PeerRegistry(id(1), 3, 1);
    reg.admit(session(id(2), true, false));
    assertThatThrownBy(() -> reg.admit(session(id(3), true, false)))
        .hasMessageContaining("outbound slots");
    reg.admit(session(id(4), false, false));
    reg.admit(session(id(5), false, false));
    assertThatThrownBy(() -> reg.admit(session(id(6), false, false)))
        .hasMessageContaining("inbound slots")
        .satisfies(e -> assertThat(((PeerRejectedException) e).reason()).isEqualTo(DisconnectReason.TOO_MANY_PEERS));
    reg.admit(session(id(7), true, true));
    assertThat(reg.size()).isEqualTo(4);
  }

  @Test
  void aClosedSessionLeavesAndListenersHearBoth() throws Exception {
    PeerRegistry reg = new PeerRegistry(id(1), 10, 5);
    List<String> events = new ArrayList<>();
    reg.addListener(new PeerRegistry.Listener() {
      @Override
      public void added(PeerSession s) {
        events.add("+" + s.id().shortId());
      }

      @Override
      public void removed(PeerSession s) {
        events.add("-" + s.id().shortId());
      }
    });
    PeerSession s = session(id(2), true, false);
    reg.admit(s);
    s.channel().close();
    assertThat(reg.isConnected(id(2))).isFalse();
    assertThat(events).containsExactly("+" + id(2).shortId(), "-" + id(2).shortId());
  }
}
