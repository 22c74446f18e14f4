package org.peerchain.p2p.session;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.util.concurrent.ScheduledFuture;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.peerchain.p2p.protocol.Disconnect;
import org.peerchain.p2p.protocol.DisconnectReason;
import org.peerchain.p2p.protocol.FrameDecoder;
import org.peerchain.p2p.protocol.Message;
import org.peerchain.p2p.protocol.ProtocolVersions;
import org.peerchain.p2p.protocol.Status;
import org.peerchain.p2p.transport.ConnectionInfo;
import org.peerchain.p2p.transport.Disconnects;
import org.peerchain.p2p.transport.PenaltySink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The protocol handshake: both sides send Status first; the peer's must share a protocol version
 * with ours ({@link ProtocolVersions}), and match our chain id and genesis hash, and arrive within the timeout. Then the peer is admitted and
 * this handler replaces itself with the session's handler and raises the frame limit.
 */
public final class HandshakeHandler extends SimpleChannelInboundHandler<Message> {
  private static final Logger LOG = LoggerFactory.getLogger(HandshakeHandler.class);

  /** Registers an accepted peer and returns the handler that serves its session. */
  @FunctionalInterface
  public interface Admission {
    ChannelHandler admit(Channel channel, ConnectionInfo info, Status theirs) throws PeerRejectedException;
  }

  private final Supplier<Status> ours;
  private final Duration timeout;
  private final int sessionFrameBytes;
  private final PenaltySink penalties;
  private final Admission admission;
  private Status sent;
  private ScheduledFuture<?> timer;

  public HandshakeHandler(Supplier<Status> ours, Duration timeout, int sessionFrameBytes, PenaltySink penalties,
      Admission admission) {
    this.ours = ours;
    this.timeout = timeout;
    this.sessionFrameBytes = sessionFrameBytes;
    this.penalties = penalties;
    this.admission = admission;
  }

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    if (ctx.channel().isActive()) {
      start(ctx);
    }
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) throws Exception {
    start(ctx);
    super.channelActive(ctx);
  }

  private void start(ChannelHandlerContext ctx) {
    if (sent != null) {
      return;
    }
    sent = ours.get();
    ctx.writeAndFlush(sent);
    timer = ctx.executor().schedule(() -> {
      penalties.penalize(ctx.channel(), DisconnectReason.TIMEOUT, "no Status within " + timeout);
      Disconnects.close(ctx.channel(), DisconnectReason.TIMEOUT, "no Status within the handshake timeout");
    }, timeout.toNanos(), TimeUnit.NANOSECONDS);
  }

  @Override
  public void handlerRemoved(ChannelHandlerContext ctx) {
    if (timer != null) {
      timer.cancel(false);
    }
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, Message msg) {
    if (msg instanceof Disconnect d) {
      LOG.debug("Peer {} disconnected during the handshake: {} {}", ctx.channel().remoteAddress(), d.reason(), d.text());
      Disconnects.closeSilently(ctx.channel(), d.reason());
      return;
    }
    if (!(msg instanceof Status theirs)) {
      reject(ctx, DisconnectReason.UNEXPECTED_MESSAGE, msg.type() + " before Status", true);
      return;
    }
    if (ProtocolVersions.agree(sent.protocolVersion(), theirs.protocolVersion()).isEmpty()) {
      reject(ctx, DisconnectReason.INCOMPATIBLE_VERSION, "protocol version " + theirs.protocolVersion()
          + ", we speak " + ProtocolVersions.OLDEST + " to " + sent.protocolVersion(), true);
    } else if (theirs.chainId() != sent.chainId()) {
      reject(ctx, DisconnectReason.WRONG_CHAIN_ID, "chain id " + theirs.chainId() + ", ours is " + sent.chainId(), true);
    } else if (!theirs.genesisHash().equals(sent.genesisHash())) {
      reject(ctx, DisconnectReason.WRONG_GENESIS,
          "genesis " + theirs.genesisHash() + ", ours is " + sent.genesisHash(), true);
    } else {
      admit(ctx, theirs);
    }
  }

  private void admit(ChannelHandlerContext ctx, Status theirs) {
    ChannelHandler session;
    try {
      session = admission.admit(ctx.channel(), ConnectionInfo.of(ctx.channel()), theirs);
    } catch (PeerRejectedException e) {
      reject(ctx, e.reason(), e.getMessage(), false);
      return;
    }
    FrameDecoder frames = ctx.pipeline().get(FrameDecoder.class);
    if (frames != null) {
      frames.setMaxFrameBytes(sessionFrameBytes);
    }
    ctx.pipeline().replace(this, "session", session);
  }

  private void reject(ChannelHandlerContext ctx, DisconnectReason reason, String text, boolean penalize) {
    LOG.debug("Handshake with {} failed: {} ({})", ctx.channel().remoteAddress(), reason, text);
    if (penalize) {
      penalties.penalize(ctx.channel(), reason, text);
    }
    Disconnects.close(ctx.channel(), reason, text);
  }
}
