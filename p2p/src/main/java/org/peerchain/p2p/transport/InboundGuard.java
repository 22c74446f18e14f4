package org.peerchain.p2p.transport;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.concurrent.ScheduledFuture;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * First handler of an inbound connection. On arrival it asks the {@link InboundGate} for a pending
 * place and closes the connection at once when refused; otherwise the connection must authenticate
 * (TLS and Status) within the deadline or be closed. {@link #authenticated} hands the place back
 * and removes this handler; so does the connection closing.
 */
public final class InboundGuard extends ChannelInboundHandlerAdapter {
  private static final Logger LOG = LoggerFactory.getLogger(InboundGuard.class);

  private final InboundGate gate;
  private final Duration deadline;
  private InboundGate.Permit permit;
  private ScheduledFuture<?> timer;
  private boolean checked;

  public InboundGuard(InboundGate gate, Duration deadline) {
    this.gate = gate;
    this.deadline = deadline;
  }

  /** Ends the guard of an authenticated connection; does nothing on a connection without one. */
  public static void authenticated(Channel channel) {
    InboundGuard guard = channel.pipeline().get(InboundGuard.class);
    if (guard != null) {
      channel.pipeline().remove(guard);
    }
  }

  /** Whether the gate let this connection in (known once the handler is in an active channel's pipeline). */
  public boolean admitted() {
    return permit != null;
  }

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    if (ctx.channel().isActive()) {
      check(ctx);
    }
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) {
    check(ctx);
    if (ctx.channel().isOpen()) {
      ctx.fireChannelActive();
    }
  }

  private void check(ChannelHandlerContext ctx) {
    if (checked) {
      return;
    }
    checked = true;
    SocketAddress remote = ctx.channel().remoteAddress();
    if (!(remote instanceof InetSocketAddress inet) || inet.getAddress() == null) {
      ctx.close();
      return;
    }
    InboundGate.Ticket ticket = gate.enter(inet.getAddress());
    if (ticket instanceof InboundGate.Refused refused) {
      LOG.debug("Refused inbound connection from {}: {}", remote, refused.reason());
      ctx.close();
      return;
    }
    permit = (InboundGate.Permit) ticket;
    timer = ctx.executor().schedule(() -> {
      LOG.debug("Inbound connection from {} did not authenticate within {}", remote, deadline);
      ctx.close();
    }, deadline.toNanos(), TimeUnit.NANOSECONDS);
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    release();
    ctx.fireChannelInactive();
  }

  @Override
  public void handlerRemoved(ChannelHandlerContext ctx) {
    release();
  }

  private void release() {
    if (timer != null) {
      timer.cancel(false);
      timer = null;
    }
    if (permit != null) {
      permit.release();
    }
  }
}
