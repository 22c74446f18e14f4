package org.peerchain.p2p.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerchain.p2p.P2pFixtures.frame;
import static org.peerchain.p2p.P2pFixtures.status;
import static org.peerchain.p2p.P2pFixtures.written;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Hash;
import org.peerchain.p2p.P2pConfig;
import org.peerchain.p2p.P2pFixtures;
import org.peerchain.p2p.protocol.Disconnect;
import org.peerchain.p2p.protocol.DisconnectReason;
import org.peerchain.p2p.protocol.FrameDecoder;
import org.peerchain.p2p.protocol.FrameEncoder;
import org.peerchain.p2p.protocol.Message;
import org.peerchain.p2p.protocol.MessageDecoder;
import org.peerchain.p2p.protocol.NewBlock;
import org.peerchain.p2p.protocol.ProtocolLimits;
import org.peerchain.p2p.protocol.Status;
import org.peerchain.p2p.transport.ConnectionInfo;
import org.peerchain.p2p.transport.ErrorHandler;

class HandshakeHandlerTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  private final List<DisconnectReason> penalties = new ArrayList<>();
  private final List<Status> admitted = new ArrayList<>();
  private PeerRejectedException rejection;
  private final FrameDecoder frames = new FrameDecoder(ProtocolLimits.HANDSHAKE_FRAME_BYTES);

  private EmbeddedChannel channel() {
    EmbeddedChannel ch = new EmbeddedChannel();
    ch.freezeTime();
    ch.attr(ConnectionInfo.KEY).set(P2pFixtures.connection(P2pFixtures.id(2), true));
    HandshakeHandler handshake = new HandshakeHandler(P2pFixtures::status, TIMEOUT, 1 << 20,
        (c, reason, why) -> penalties.add(reason),
        (c, info, theirs) -> {
          if (rejection != null) {
            throw rejection;
          }
          admitted.add(theirs);
          return new ChannelInboundHandlerAdapter();
        });
    ch.pipeline().addLast(frames, new MessageDecoder(), FrameEncoder.INSTANCE, handshake,
        new ErrorHandler((c, reason, why) -> penalties.add(reason)));
    return ch;
  }

  private static Disconnect lastDisconnect(List<Message> out) {
    return (Disconnect) out.get(out.size() - 1);
  }

  @Test
  void sendsStatusFirstAndAdmitsAMatchingPeer() {
    EmbeddedChannel ch = channel();
    assertThat(written(ch)).containsExactly(status());
    Status theirs = new Status(P2pConfig.PROTOCOL_VERSION, P2pFixtures.CHAIN_ID, P2pFixtures.GENESIS, 7, Hash.ZERO, 0);
    ch.writeInbound(frame(theirs));
    assertThat(admitted).containsExactly(theirs);
    assertThat(ch.pipeline().get(HandshakeHandler.class)).isNull();
    assertThat(ch.pipeline().get("session")).isNotNull();
    assertThat(frames.maxFrameBytes()).isEqualTo(1 << 20);
    assertThat(ch.isActive()).isTrue();
    // The timer was cancelled with the handler.
    ch.advanceTimeBy(TIMEOUT.toSeconds() + 1, TimeUnit.SECONDS);
    ch.runScheduledPendingTasks();
    assertThat(ch.isActive()).isTrue();
  }

  private void assertRefused(Status theirs, DisconnectReason reason, String text) {
    EmbeddedChannel ch = channel();
    written(ch);
    ch.writeInbound(frame(theirs));
    ch.runPendingTasks();
    Disconnect d = lastDisconnect(written(ch));
    assertThat(d.reason()).isEqualTo(reason);
    assertThat(d.text()).contains(text);
    assertThat(ch.isActive()).isFalse();
    assertThat(admitted).isEmpty();
    assertThat(penalties).containsExactly(reason);
  }

  @Test
  void admitsAVersion2Peer() {
    EmbeddedChannel ch = channel();
    Status theirs = new Status(2, P2pFixtures.CHAIN_ID, P2pFixtures.GENESIS, 0, Hash.ZERO, 0);
    ch.writeInbound(frame(theirs));
    assertThat(admitted).containsExactly(theirs);
    assertThat(ch.isActive()).isTrue();
  }

  @Test
  void admitsALaterVersionToTalkOurs() {
    EmbeddedChannel ch = channel();
    Status theirs = new Status(P2pConfig.PROTOCOL_VERSION + 1, P2pFixtures.CHAIN_ID, P2pFixtures.GENESIS, 0, Hash.ZERO, 0);
    ch.writeInbound(frame(theirs));
    assertThat(admitted).containsExactly(theirs);
  }

  @Test
  void refusesAnotherProtocolVersion() {
    assertRefused(new Status(1, P2pFixtures.CHAIN_ID, P2pFixtures.GENESIS, 0, Hash.ZERO, 0),
        DisconnectReason.INCOMPATIBLE_VERSION, "protocol version 1, we speak 2 to 3");
  }

  @Test
  void refusesAnotherChainId() {
    assertRefused(new Status(P2pConfig.PROTOCOL_VERSION, 1, P2pFixtures.GENESIS, 0, Hash.ZERO, 0),
        DisconnectReason.WRONG_CHAIN_ID, "chain id 1, ours is 1337");
  }

  @Test
  void refusesAnotherGenesis() {
    assertRefused(new Status(P2pConfig.PROTOCOL_VERSION, P2pFixtures.CHAIN_ID, Hash.ZERO, 0, Hash.ZERO, 0),
        DisconnectReason.WRONG_GENESIS, "genesis 0x0000");
  }

  @Test
  void refusesAnyMessageBeforeStatus() {
    EmbeddedChannel ch = channel();
    written(ch);
    ch.writeInbound(frame(new NewBlock(1, Hash.ZERO)));
    ch.runPendingTasks();
    assertThat(lastDisconnect(written(ch)).reason()).isEqualTo(DisconnectReason.UNEXPECTED_MESSAGE);
    assertThat(penalties).containsExactly(DisconnectReason.UNEXPECTED_MESSAGE);
  }

  @Test
  void timesOutWithoutStatusInVirtualTime() {
    EmbeddedChannel ch = channel();
    written(ch);
    ch.advanceTimeBy(TIMEOUT.toMillis() - 1, TimeUnit.MILLISECONDS);
    ch.runScheduledPendingTasks();
    assertThat(ch.isActive()).isTrue();
    ch.advanceTimeBy(2, TimeUnit.MILLISECONDS);
    ch.runScheduledPendingTasks();
    ch.runPendingTasks();
    assertThat(lastDisconnect(written(ch)).reason()).isEqualTo(DisconnectReason.TIMEOUT);
    assertThat(ch.isActive()).isFalse();
    assertThat(penalties).containsExactly(DisconnectReason.TIMEOUT);
  }

  @Test
  void aRejectedAdmissionDisconnectsWithItsReasonWithoutPenalty() {
    rejection = new PeerRejectedException(DisconnectReason.DUPLICATE_CONNECTION, "already connected");
    EmbeddedChannel ch = channel();
    written(ch);
    ch.writeInbound(frame(status()));
    ch.runPendingTasks();
    assertThat(lastDisconnect(written(ch)).reason()).isEqualTo(DisconnectReason.DUPLICATE_CONNECTION);
    assertThat(penalties).isEmpty();
  }

  @Test
  void thePeersDisconnectClosesWithoutAnswer() {
    EmbeddedChannel ch = channel();
    written(ch);
    ch.writeInbound(frame(new Disconnect(DisconnectReason.TOO_MANY_PEERS, "full")));
    ch.runPendingTasks();
    assertThat(written(ch)).isEmpty();
    assertThat(ch.isActive()).isFalse();
    assertThat(penalties).isEmpty();
  }

  @Test
  void garbageClosesWithMalformedAndAPenalty() {
    EmbeddedChannel ch = channel();
    written(ch);
    ch.writeInbound(P2pFixtures.rawFrame(Bytes.fromHexString("00deadbeef")));
    ch.runPendingTasks();
    assertThat(lastDisconnect(written(ch)).reason()).isEqualTo(DisconnectReason.MALFORMED_MESSAGE);
    assertThat(ch.isActive()).isFalse();
    assertThat(penalties).containsExactly(DisconnectReason.MALFORMED_MESSAGE);
  }

  @Test
  void aFrameOverTheHandshakeLimitClosesWithFrameTooLarge() {
    EmbeddedChannel ch = channel();
    written(ch);
    ch.writeInbound(Unpooled.wrappedBuffer(new byte[] {0, 1, 0, 1}));
    ch.runPendingTasks();
    Disconnect d = lastDisconnect(written(ch));
    assertThat(d.reason()).isEqualTo(DisconnectReason.FRAME_TOO_LARGE);
    assertThat(d.text()).contains("65537 bytes exceeds the limit of 65536");
    assertThat(penalties).containsExactly(DisconnectReason.FRAME_TOO_LARGE);
  }
}
