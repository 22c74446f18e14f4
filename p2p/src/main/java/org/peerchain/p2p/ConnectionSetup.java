package org.peerchain.p2p;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.ssl.SslHandler;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import org.peerchain.p2p.identity.PeerAddress;
import org.peerchain.p2p.identity.PeerId;
import org.peerchain.p2p.peers.BanList;
import org.peerchain.p2p.peers.PeerRegistry;
import org.peerchain.p2p.protocol.DisconnectReason;
import org.peerchain.p2p.protocol.FrameDecoder;
import org.peerchain.p2p.protocol.FrameEncoder;
import org.peerchain.p2p.protocol.MessageDecoder;
import org.peerchain.p2p.protocol.ProtocolLimits;
import org.peerchain.p2p.protocol.Status;
import org.peerchain.p2p.session.HandshakeHandler;
import org.peerchain.p2p.session.IdleTimer;
import org.peerchain.p2p.session.KeepAliveHandler;
import org.peerchain.p2p.session.MessageRouter;
import org.peerchain.p2p.session.PeerRejectedException;
import org.peerchain.p2p.session.PeerSession;
import org.peerchain.p2p.session.SessionHandler;
import org.peerchain.p2p.transport.ConnectionInfo;
import org.peerchain.p2p.transport.ErrorHandler;
import org.peerchain.p2p.transport.InboundGate;
import org.peerchain.p2p.transport.InboundGuard;
import org.peerchain.p2p.transport.PenaltySink;
import org.peerchain.p2p.transport.TlsContexts;
import org.peerchain.p2p.transport.TlsIdentityHandler;

/**
 * Builds each connection's pipeline in its three stages, read top-down:
 * (inbound: admission guard →) TLS → frames → messages → identity check; then keep-alive →
 * handshake; then the session, when the guard goes.
 */
final class ConnectionSetup {
  private final P2pConfig config;
  private final PeerId self;
  private final TlsContexts tls;
  private final Clock clock;
  private final BanList bans;
  private final PenaltySink penalties;
  private final PeerRegistry registry;
  private final MessageRouter router;
  private final Supplier<Status> status;
  private final ChannelGroup channels;
  private final InboundGate gate;

  ConnectionSetup(P2pConfig config, PeerId self, TlsContexts tls, Clock clock, BanList bans, PenaltySink penalties,
      PeerRegistry registry, MessageRouter router, Supplier<Status> status, ChannelGroup channels) {
    this.config = config;
    this.self = self;
    this.tls = tls;
    this.clock = clock;
    this.bans = bans;
    this.penalties = penalties;
    this.registry = registry;
    this.router = router;
    this.status = status;
    this.channels = channels;
    this.gate = new InboundGate(config.inboundLimits(), System::nanoTime);
  }

  ChannelInitializer<SocketChannel> inbound() {
    return new ChannelInitializer<>() {
      @Override
      protected void initChannel(SocketChannel ch) {
        if (bans.isBanned(ch.remoteAddress().getAddress())) {
          ch.close();
          return;
        }
        // Before any TLS work: the gate refuses floods, and the guard bounds how long a caller may
        // stay unauthenticated. Pending callers hold no peer slot.
        InboundGuard guard = new InboundGuard(gate, config.inboundAuthTimeout());
        ch.pipeline().addLast("guard", guard);
        if (guard.admitted()) {
          initialize(ch, tls.server().newHandler(ch.alloc()), false, Optional.empty());
        }
      }
    };
  }

  ChannelInitializer<SocketChannel> outbound(PeerAddress dialed) {
    return new ChannelInitializer<>() {
      @Override
      protected void initChannel(SocketChannel ch) {
        initialize(ch, tls.client().newHandler(ch.alloc(), dialed.host(), dialed.port()), true, Optional.of(dialed));
      }
    };
  }

  private void initialize(SocketChannel ch, SslHandler ssl, boolean outbound, Optional<PeerAddress> dialed) {
    channels.add(ch);
    ssl.setHandshakeTimeoutMillis(config.handshakeTimeout().toMillis());
    ch.pipeline().addLast("tls", ssl)
        .addLast("frames", new FrameDecoder(ProtocolLimits.HANDSHAKE_FRAME_BYTES))
        .addLast("messages", new MessageDecoder())
        .addLast("encoder", FrameEncoder.INSTANCE)
        .addLast("identity", new TlsIdentityHandler(self, outbound, dialed,
            info -> bans.isBanned(info.peerId()) || bans.isBanned(info.remoteIp()), clock, this::identified))
        .addLast("errors", new ErrorHandler(penalties));
  }

  private void identified(ChannelPipeline pipeline, ConnectionInfo info) {
    pipeline.addBefore("errors", "idle", new IdleTimer(config.idleTimeout(), config.pingInterval()))
        .addBefore("errors", "keepalive", new KeepAliveHandler(penalties))
        .addBefore("errors", "handshake",
            new HandshakeHandler(status, config.handshakeTimeout(), config.maxFrameBytes(), penalties, this::admit));
  }

  private ChannelHandler admit(Channel channel, ConnectionInfo info, Status theirs) throws PeerRejectedException {
    // Checked again here: a ban may have come while this connection was in its handshake.
    if (bans.isBanned(info.peerId())) {
      throw new PeerRejectedException(DisconnectReason.BANNED, "banned");
    }
    PeerSession session = new PeerSession(channel, info, isStatic(info), listenAddress(info, theirs),
        theirs.headHeight(), theirs.headHash(), config.outboundLimits(),
        Math.min(config.protocolVersion(), theirs.protocolVersion()), theirs.earliest());
    registry.admit(session);
    InboundGuard.authenticated(channel);
    return new SessionHandler(session, router);
  }

  private static Optional<PeerAddress> listenAddress(ConnectionInfo info, Status theirs) {
    if (info.outbound()) {
      return info.dialed().map(a -> a.withId(info.peerId()));
    }
    if (theirs.listenPort() == 0) {
      return Optional.empty();
    }
    InetSocketAddress remote = info.remote();
    return Optional.of(PeerAddress.of(info.peerId(), remote.getAddress().getHostAddress(), theirs.listenPort()));
  }

  private boolean isStatic(ConnectionInfo info) {
    for (PeerAddress a : config.staticPeers()) {
      boolean sameId = a.id().map(info.peerId()::equals).orElse(false);
      boolean sameDial = a.id().isEmpty() && info.dialed().map(d -> d.hostPort().equals(a.hostPort())).orElse(false);
      if (sameId || sameDial) {
        return true;
      }
    }
    return false;
  }
}
