package org.peerchain.p2p.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerchain.p2p.P2pFixtures.frame;
import static org.peerchain.p2p.P2pFixtures.written;

import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peerchain.core.types.Hash;
import org.peerchain.p2p.P2pFixtures;
import org.peerchain.p2p.protocol.Disconnect;
import org.peerchain.p2p.protocol.DisconnectReason;
import org.peerchain.p2p.protocol.FrameDecoder;
import org.peerchain.p2p.protocol.FrameEncoder;
import org.peerchain.p2p.protocol.GetPeers;
import org.peerchain.p2p.protocol.GetSnapshotHeights;
import org.peerchain.p2p.protocol.Message;
import org.peerchain.p2p.protocol.MessageDecoder;
import org.peerchain.p2p.protocol.NewBlock;
import org.peerchain.p2p.protocol.ProtocolException;
import org.peerchain.p2p.protocol.ProtocolVersions;
import org.peerchain.p2p.transport.ErrorHandler;

class SessionHandlerTest {
  private final List<Message> routed = new ArrayList<>();
  private final List<DisconnectReason> penalties = new ArrayList<>();

  private EmbeddedChannel channel(MessageRouter router) {
    return channel(router, ProtocolVersions.CURRENT);
  }

  private EmbeddedChannel channel(MessageRouter router, int version) {
    EmbeddedChannel ch = new EmbeddedChannel();
    PeerSession session = new PeerSession(ch, P2pFixtures.connection(P2pFixtures.id(2), false), false,
        Optional.empty(), 0, Hash.ZERO, OutboundLimits.ofFrames(16), version);
    ch.pipeline().addLast(new FrameDecoder(1 << 20), new MessageDecoder(), FrameEncoder.INSTANCE,
        new SessionHandler(session, router), new ErrorHandler((c, reason, why) -> penalties.add(reason)));
    return ch;
  }

  @Test
  void routesSessionMessages() {
    EmbeddedChannel ch = channel((s, m) -> routed.add(m));
    ch.writeInbound(frame(new NewBlock(5, Hash.ZERO)), frame(new GetPeers()));
    assertThat(routed).containsExactly(new NewBlock(5, Hash.ZERO), new GetPeers());
    assertThat(ch.isActive()).isTrue();
  }

  @Test
  void aVersion2SessionRefusesSnapshotMessages() {
    EmbeddedChannel ch = channel((s, m) -> routed.add(m), 2);
    ch.writeInbound(frame(new GetSnapshotHeights(1)));
    assertThat(routed).isEmpty();
    assertThat(written(ch)).last().extracting(m -> ((Disconnect) m).reason()).isEqualTo(DisconnectReason.UNEXPECTED_MESSAGE);
    assertThat(penalties).containsExactly(DisconnectReason.UNEXPECTED_MESSAGE);
  }

  @Test
  void aVersion3SessionRoutesSnapshotMessages() {
    EmbeddedChannel ch = channel((s, m) -> routed.add(m), 3);
    ch.writeInbound(frame(new GetSnapshotHeights(1)));
    assertThat(routed).containsExactly(new GetSnapshotHeights(1));
    assertThat(ch.isActive()).isTrue();
  }

  @Test
  void aDisconnectEndsTheSessionSilently() {
    EmbeddedChannel ch = channel((s, m) -> routed.add(m));
    ch.writeInbound(frame(new Disconnect(DisconnectReason.SHUTDOWN, "bye")));
    assertThat(ch.isActive()).isFalse();
    assertThat(written(ch)).isEmpty();
    assertThat(routed).isEmpty();
  }

  @Test
  void aSecondStatusIsUnexpected() {
    EmbeddedChannel ch = channel((s, m) -> routed.add(m));
    ch.writeInbound(frame(P2pFixtures.status()));
    assertThat(written(ch)).last().extracting(m -> ((Disconnect) m).reason()).isEqualTo(DisconnectReason.UNEXPECTED_MESSAGE);
    assertThat(penalties).containsExactly(DisconnectReason.UNEXPECTED_MESSAGE);
  }

  @Test
  void aRouterThatFindsAProtocolBreachDropsThePeer() {
    EmbeddedChannel ch = channel((s, m) -> {
      throw new ProtocolException(DisconnectReason.BAD_BEHAVIOUR, "wrong blocks");
    });
    ch.writeInbound(frame(new NewBlock(5, Hash.ZERO)));
    Disconnect d = (Disconnect) written(ch).get(0);
    assertThat(d).isEqualTo(new Disconnect(DisconnectReason.BAD_BEHAVIOUR, "wrong blocks"));
    assertThat(ch.isActive()).isFalse();
    assertThat(penalties).containsExactly(DisconnectReason.BAD_BEHAVIOUR);
  }

  @Test
  void ourOwnFailureClosesWithoutBlamingThePeer() {
    EmbeddedChannel ch = channel((s, m) -> {
      throw new IllegalStateException("bug");
    });
    ch.writeInbound(frame(new NewBlock(5, Hash.ZERO)));
    assertThat(ch.isActive()).isFalse();
    assertThat(penalties).isEmpty();
  }
}
