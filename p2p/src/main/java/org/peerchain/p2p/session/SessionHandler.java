package org.peerchain.p2p.session;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import org.peerchain.p2p.protocol.Disconnect;
import org.peerchain.p2p.protocol.DisconnectReason;
import org.peerchain.p2p.protocol.Message;
import org.peerchain.p2p.protocol.ProtocolException;
import org.peerchain.p2p.protocol.Status;
import org.peerchain.p2p.transport.Disconnects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The handler of an established session: ends it on Disconnect, refuses a second Status and
 * messages newer than the session's protocol version, routes the rest.
 */
public final class SessionHandler extends SimpleChannelInboundHandler<Message> {
  private static final Logger LOG = LoggerFactory.getLogger(SessionHandler.class);

  private final PeerSession session;
  private final MessageRouter router;

  public SessionHandler(PeerSession session, MessageRouter router) {
    this.session = session;
    this.router = router;
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, Message msg) {
    if (msg instanceof Disconnect d) {
      LOG.debug("Peer {} disconnected: {} {}", session, d.reason(), d.text());
      Disconnects.closeSilently(ctx.channel(), d.reason());
    } else if (msg instanceof Status) {
      throw new ProtocolException(DisconnectReason.UNEXPECTED_MESSAGE, "a second Status");
    } else if (msg.type().sinceVersion() > session.protocolVersion()) {
      throw new ProtocolException(DisconnectReason.UNEXPECTED_MESSAGE,
          msg.type() + " in a session of protocol version " + session.protocolVersion());
    } else {
      router.onMessage(session, msg);
    }
  }
}
