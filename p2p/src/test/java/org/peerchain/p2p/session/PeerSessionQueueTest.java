package org.peerchain.p2p.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.embedded.EmbeddedChannel;
import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peerchain.core.types.Hash;
import org.peerchain.p2p.HeldWrites;
import org.peerchain.p2p.P2pFixtures;
import org.peerchain.p2p.protocol.DisconnectReason;
import org.peerchain.p2p.transport.Disconnects;

/** A session's outbound queue is bounded in bytes, and every byte reserved is released exactly once. */
class PeerSessionQueueTest {
  private final HeldWrites held = new HeldWrites();
  private final EmbeddedChannel ch = new EmbeddedChannel(held);
  private final PeerSession session = new PeerSession(ch, P2pFixtures.connection(P2pFixtures.id(2), true), false,
      Optional.empty(), 0, Hash.ZERO, new OutboundLimits(1000, 100, 250));

  private static byte[] frame(int size) {
    return new byte[size];
  }

  @Test
  void countsQueuedBytesUntilTheirWritesComplete() {
    assertThat(session.sendFrame(frame(60), false)).isTrue();
    assertThat(session.sendFrame(frame(30), false)).isTrue();
    assertThat(session.queuedBytes()).isEqualTo(90);
    assertThat(session.pending()).isEqualTo(2);
    held.completeAll();
    assertThat(session.queuedBytes()).isZero();
    assertThat(session.pending()).isZero();
  }

  @Test
  void failedWritesAndAClosedChannelReleaseTheirBytes() {
    session.sendFrame(frame(50), false);
    held.failAll(new IOException("reset"));
    assertThat(session.queuedBytes()).isZero();
    session.sendFrame(frame(50), false);
    session.sendFrame(frame(50), false);
    assertThat(session.queuedBytes()).isEqualTo(100);
    // Writes the channel never finished are failed when it closes.
    ch.close();
    held.failAll(new IOException("closed"));
    assertThat(session.queuedBytes()).isZero();
    assertThat(session.sendFrame(frame(10), false)).isFalse();
    assertThat(session.queuedBytes()).isZero();
  }

  @Test
  void gossipIsDroppedPastTheSoftLimitWhileOtherFramesStillGo() {
    assertThat(session.sendFrame(frame(80), false)).isTrue();
    assertThat(session.congested()).isFalse();
    assertThat(session.sendFrame(frame(30), true)).isFalse();
    assertThat(session.sendFrame(frame(20), true)).isTrue();
    assertThat(session.congested()).isTrue();
    assertThat(session.sendFrame(frame(100), false)).isTrue();
    assertThat(session.queuedBytes()).isEqualTo(200);
    assertThat(ch.isActive()).isTrue();
  }

  @Test
  void aPeerPastTheHardLimitWithFramesThatMustGoIsDroppedAsSlow() {
    session.sendFrame(frame(200), false);
    assertThat(session.sendFrame(frame(51), false)).isFalse();
    assertThat(Disconnects.closingReason(ch)).isEqualTo(DisconnectReason.SLOW_PEER);
    assertThat(ch.isActive()).isFalse();
    // The refused frame was never counted.
    held.failAll(new IOException("closed"));
    assertThat(session.queuedBytes()).isZero();
  }

  @Test
  void theFrameCapStillBoundsManyTinyFrames() {
    PeerSession few = new PeerSession(new EmbeddedChannel(new HeldWrites()),
        P2pFixtures.connection(P2pFixtures.id(3), true), false, Optional.empty(), 0, Hash.ZERO,
        new OutboundLimits(3, 100, 250));
    for (int i = 0; i < 3; i++) {
      assertThat(few.sendFrame(frame(1), false)).isTrue();
    }
    assertThat(few.sendFrame(frame(1), true)).isFalse();
    assertThat(few.channel().isActive()).isTrue();
    assertThat(few.sendFrame(frame(1), false)).isFalse();
    assertThat(Disconnects.closingReason(few.channel())).isEqualTo(DisconnectReason.SLOW_PEER);
  }
}
