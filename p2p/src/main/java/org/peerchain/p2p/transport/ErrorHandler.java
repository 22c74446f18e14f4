package org.peerchain.p2p.transport;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.io.IOException;
import javax.net.ssl.SSLException;
import org.peerchain.p2p.protocol.DisconnectReason;
import org.peerchain.p2p.protocol.ProtocolException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline's last inbound handler: every failure of a connection ends here. A peer's protocol
 * fault closes the connection with its reason and is reported for scoring; I/O and TLS failures
 * just close; anything else is our own fault and is logged loudly.
 */
public final class ErrorHandler extends ChannelInboundHandlerAdapter {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorHandler.class);

  private final PenaltySink penalties;

  public ErrorHandler(PenaltySink penalties) {
    this.penalties = penalties;
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    ProtocolException protocol = find(cause, ProtocolException.class);
    if (protocol != null) {
      LOG.debug("Peer {} broke the protocol ({}): {}", describe(ctx), protocol.reason(), protocol.getMessage());
      if (Disconnects.closingReason(ctx.channel()) == null) {
        penalties.penalize(ctx.channel(), protocol.reason(), protocol.getMessage());
      }
      Disconnects.close(ctx.channel(), protocol.reason(), protocol.getMessage());
    } else if (find(cause, SSLException.class) != null || find(cause, IOException.class) != null) {
      LOG.debug("Connection {} failed: {}", describe(ctx), cause.toString());
      ctx.close();
    } else {
      LOG.error("Unexpected failure on connection {}; closing it", describe(ctx), cause);
      Disconnects.close(ctx.channel(), DisconnectReason.REQUESTED, "internal error");
    }
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    // Nothing is meant to reach the end of the pipeline: drop it rather than leak it.
    io.netty.util.ReferenceCountUtil.release(msg);
    LOG.debug("Dropped unhandled {} on {}", msg.getClass().getSimpleName(), describe(ctx));
  }

  private static String describe(ChannelHandlerContext ctx) {
    ConnectionInfo info = ConnectionInfo.of(ctx.channel());
    return info != null ? info.peerId().shortId() + "@" + ctx.channel().remoteAddress() : String.valueOf(ctx.channel().remoteAddress());
  }

  private static <T extends Throwable> T find(Throwable t, Class<T> type) {
    for (int depth = 0; t != null && depth < 8; depth++, t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
