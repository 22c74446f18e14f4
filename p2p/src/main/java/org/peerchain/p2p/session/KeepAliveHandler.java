package org.peerchain.p2p.session;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import org.peerchain.p2p.protocol.DisconnectReason;
import org.peerchain.p2p.protocol.Ping;
import org.peerchain.p2p.protocol.Pong;
import org.peerchain.p2p.transport.Disconnects;
import org.peerchain.p2p.transport.PenaltySink;

/**
 * Keeps quiet connections alive and drops dead ones, driven by an IdleStateHandler before it:
 * writer idle sends a Ping, reader idle (nothing at all received, not even a Pong) disconnects
 * with TIMEOUT. Pings are answered here and Pongs end here.
 */
public final class KeepAliveHandler extends ChannelInboundHandlerAdapter {
  private final PenaltySink penalties;

  public KeepAliveHandler(PenaltySink penalties) {
    this.penalties = penalties;
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
    if (evt instanceof IdleStateEvent idle) {
      if (idle.state() == IdleState.WRITER_IDLE) {
        ctx.writeAndFlush(new Ping());
      } else if (idle.state() == IdleState.READER_IDLE) {
        penalties.penalize(ctx.channel(), DisconnectReason.TIMEOUT, "nothing received within the idle timeout");
        Disconnects.close(ctx.channel(), DisconnectReason.TIMEOUT, "idle timeout");
      }
      return;
    }
    super.userEventTriggered(ctx, evt);
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (msg instanceof Ping) {
      ctx.writeAndFlush(new Pong());
    } else if (!(msg instanceof Pong)) {
      ctx.fireChannelRead(msg);
    }
  }
}
