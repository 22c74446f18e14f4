package org.peerchain.p2p.session;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.concurrent.ScheduledFuture;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Fires Netty's reader- and writer-idle {@link IdleStateEvent}s like IdleStateHandler, but counts
 * time only in ticks of the channel's event loop (a quarter of the shorter period) instead of
 * reading System.nanoTime, which Netty 4.1's IdleStateHandler does and which EmbeddedChannel's
 * virtual time cannot drive. An event fires within one tick of the period.
 */
public final class IdleTimer extends ChannelDuplexHandler {
  private final long readerIdleNanos;
  private final long writerIdleNanos;
  private final long tickNanos;
  private long sinceRead;
  private long sinceWrite;
  private ScheduledFuture<?> ticker;

  public IdleTimer(Duration readerIdle, Duration writerIdle) {
    this.readerIdleNanos = readerIdle.toNanos();
    this.writerIdleNanos = writerIdle.toNanos();
    this.tickNanos = Math.max(1, Math.min(readerIdleNanos, writerIdleNanos) / 4);
  }

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    if (ctx.channel().isActive() && ctx.channel().isRegistered()) {
      start(ctx);
    }
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) throws Exception {
    start(ctx);
    super.channelActive(ctx);
  }

  @Override
  public void handlerRemoved(ChannelHandlerContext ctx) {
    stop();
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) throws Exception {
    stop();
    super.channelInactive(ctx);
  }

  private void start(ChannelHandlerContext ctx) {
    if (ticker == null) {
      ticker = ctx.executor().scheduleAtFixedRate(() -> tick(ctx), tickNanos, tickNanos, TimeUnit.NANOSECONDS);
    }
  }

  private void stop() {
    if (ticker != null) {
      ticker.cancel(false);
    }
  }

  private void tick(ChannelHandlerContext ctx) {
    sinceRead += tickNanos;
    sinceWrite += tickNanos;
    if (sinceWrite >= writerIdleNanos) {
      sinceWrite = 0;
      ctx.fireUserEventTriggered(IdleStateEvent.WRITER_IDLE_STATE_EVENT);
    }
    if (sinceRead >= readerIdleNanos) {
      sinceRead = 0;
      ctx.fireUserEventTriggered(IdleStateEvent.READER_IDLE_STATE_EVENT);
    }
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    sinceRead = 0;
    ctx.fireChannelRead(msg);
  }

  @Override
  public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
    // Like IdleStateHandler, a write counts once it completes, so a stuck peer looks write-idle.
    ctx.write(msg, promise.unvoid()).addListener(f -> {
      if (f.isSuccess()) {
        sinceWrite = 0;
      }
    });
  }
}
