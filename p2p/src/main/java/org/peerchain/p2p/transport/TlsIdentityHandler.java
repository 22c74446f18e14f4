package org.peerchain.p2p.transport;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.util.ReferenceCountUtil;
import java.net.InetSocketAddress;
import java.security.cert.CertificateException;
import java.time.Clock;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.peerchain.p2p.identity.PeerAddress;
import org.peerchain.p2p.identity.PeerId;
import org.peerchain.p2p.protocol.DisconnectReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs once the TLS handshake is done: learns the peer's node id from its certificate, refuses
 * ourselves, an id other than the one dialed and banned peers, then records the
 * {@link ConnectionInfo} and hands the pipeline on to the protocol handshake.
 */
public final class TlsIdentityHandler extends ChannelInboundHandlerAdapter {
  private static final Logger LOG = LoggerFactory.getLogger(TlsIdentityHandler.class);

  private final PeerId self;
  private final boolean outbound;
  private final Optional<PeerAddress> dialed;
  private final Predicate<ConnectionInfo> banned;
  private final Clock clock;
  private final BiConsumer<ChannelPipeline, ConnectionInfo> next;

  public TlsIdentityHandler(PeerId self, boolean outbound, Optional<PeerAddress> dialed,
      Predicate<ConnectionInfo> banned, Clock clock, BiConsumer<ChannelPipeline, ConnectionInfo> next) {
    this.self = self;
    this.outbound = outbound;
    this.dialed = dialed;
    this.banned = banned;
    this.clock = clock;
    this.next = next;
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
    if (!(evt instanceof SslHandshakeCompletionEvent done)) {
      super.userEventTriggered(ctx, evt);
      return;
    }
    if (!done.isSuccess()) {
      LOG.debug("TLS handshake with {} failed: {}", ctx.channel().remoteAddress(), done.cause().toString());
      ctx.close();
      return;
    }
    PeerId peer;
    try {
      SslHandler ssl = ctx.pipeline().get(SslHandler.class);
      peer = IdentityVerifier.verifyChain(ssl.engine().getSession().getPeerCertificates(), clock.instant());
    } catch (SSLPeerUnverifiedException | CertificateException e) {
      // The trust manager already checked it; reaching here means the session lost it.
      LOG.debug("No verifiable peer certificate from {}: {}", ctx.channel().remoteAddress(), e.getMessage());
      ctx.close();
      return;
    }
    ConnectionInfo info = new ConnectionInfo(peer, outbound, dialed, (InetSocketAddress) ctx.channel().remoteAddress());
    ctx.channel().attr(ConnectionInfo.KEY).set(info);
    if (peer.equals(self)) {
      Disconnects.close(ctx.channel(), DisconnectReason.SELF_CONNECTION, "connected to ourselves");
      return;
    }
    Optional<PeerId> expected = dialed.flatMap(PeerAddress::id);
    if (expected.isPresent() && !expected.get().equals(peer)) {
      LOG.debug("Dialed {} but the peer proved id {}", dialed.get(), peer);
      Disconnects.close(ctx.channel(), DisconnectReason.WRONG_NODE_ID, "expected node id " + expected.get().shortId());
      return;
    }
    if (banned.test(info)) {
      Disconnects.close(ctx.channel(), DisconnectReason.BANNED, "banned");
      return;
    }
    ChannelPipeline pipeline = ctx.pipeline();
    pipeline.remove(this);
    next.accept(pipeline, info);
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    // Nothing may arrive before the identity is known; TLS delivers nothing earlier anyway.
    ReferenceCountUtil.release(msg);
    Disconnects.close(ctx.channel(), DisconnectReason.UNEXPECTED_MESSAGE, "message before the TLS handshake completed");
  }
}
