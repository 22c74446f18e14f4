package org.peerchain.p2p.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.p2p.P2pFixtures;
import org.peerchain.p2p.protocol.DisconnectReason;
import org.peerchain.p2p.protocol.FrameDecoder;
import org.peerchain.p2p.protocol.FrameEncoder;
import org.peerchain.p2p.protocol.MessageDecoder;
import org.peerchain.p2p.protocol.ProtocolException;
import org.peerchain.p2p.protocol.ProtocolLimits;
import org.peerchain.p2p.protocol.ProtocolVersions;
import org.peerchain.p2p.protocol.Status;
import org.peerchain.p2p.transport.ConnectionInfo;
import org.peerchain.p2p.transport.ErrorHandler;

/**
 * Arbitrary bytes as everything a peer sends before and during the handshake, through the
 * pipeline a connection has then (frames, messages, handshake, error handler). Whatever arrives,
 * the connection ends in one of three states: still waiting for a Status, admitted once with a
 * Status that matches ours, or closing for a protocol fault it was charged for — never through an
 * exception other than a {@link ProtocolException} (the error handler's "internal error").
 *
 * <p>Input: byte 0 picks the chunk size (1–64); the rest is the stream.
 */
class HandshakeFuzzTest {
  private static final int SESSION_FRAME_BYTES = 1 << 20;
  private static final Set<DisconnectReason> PROTOCOL_REASONS = Set.of(DisconnectReason.MALFORMED_MESSAGE,
      DisconnectReason.FRAME_TOO_LARGE, DisconnectReason.UNEXPECTED_MESSAGE, DisconnectReason.INCOMPATIBLE_VERSION,
      DisconnectReason.WRONG_CHAIN_ID, DisconnectReason.WRONG_GENESIS);

  @FuzzTest
  void endsWaitingAdmittedOrRefusedForAProtocolReason(byte[] data) {
    if (data.length == 0) {
      return;
    }
    int chunk = 1 + (data[0] & 0x3f);
    Bytes stream = Bytes.wrap(data).slice(1);
    List<Status> admitted = new ArrayList<>();
    List<DisconnectReason> penalties = new ArrayList<>();
    FrameDecoder frames = new FrameDecoder(ProtocolLimits.HANDSHAKE_FRAME_BYTES);
    EmbeddedChannel ch = new EmbeddedChannel();
    ch.freezeTime();
    ch.attr(ConnectionInfo.KEY).set(P2pFixtures.connection(P2pFixtures.id(2), false));
    HandshakeHandler handshake = new HandshakeHandler(P2pFixtures::status, Duration.ofSeconds(10), SESSION_FRAME_BYTES,
        (c, reason, why) -> penalties.add(reason),
        (c, info, theirs) -> {
          admitted.add(theirs);
          return new ChannelInboundHandlerAdapter();
        });
    List<Throwable> unexpected = new ArrayList<>();
    ch.pipeline().addLast(frames, new MessageDecoder(), FrameEncoder.INSTANCE, handshake, new ChannelInboundHandlerAdapter() {
      @Override
      public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (!isProtocolFault(cause)) {
          unexpected.add(cause);
        }
        ctx.fireExceptionCaught(cause);
      }
    }, new ErrorHandler((c, reason, why) -> penalties.add(reason)));

    for (int at = 0; at < stream.size() && ch.isOpen(); at += chunk) {
      Bytes part = stream.slice(at, Math.min(chunk, stream.size() - at));
      ch.writeInbound(Unpooled.wrappedBuffer(part.toArray()));
      ch.runPendingTasks();
    }

    assertThat(unexpected).as("exceptions other than protocol faults").isEmpty();
    assertThat(admitted).hasSizeLessThanOrEqualTo(1);
    if (!admitted.isEmpty()) {
      Status ours = P2pFixtures.status();
      Status theirs = admitted.get(0);
      assertThat(theirs.protocolVersion()).isGreaterThanOrEqualTo(ProtocolVersions.OLDEST);
      assertThat(theirs.chainId()).isEqualTo(ours.chainId());
      assertThat(theirs.genesisHash()).isEqualTo(ours.genesisHash());
      assertThat(frames.maxFrameBytes()).isEqualTo(SESSION_FRAME_BYTES);
    } else {
      assertThat(frames.maxFrameBytes()).isEqualTo(ProtocolLimits.HANDSHAKE_FRAME_BYTES);
    }
    assertThat(penalties).allSatisfy(reason -> assertThat(reason).isIn(PROTOCOL_REASONS));
    ch.finishAndReleaseAll();
  }

  private static boolean isProtocolFault(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof ProtocolException) {
        return true;
      }
    }
    return false;
  }
}
