package org.peerchain.testnet.links;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;
import java.util.ArrayDeque;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * One direction of a proxied connection: sits on the channel the bytes come from and writes them to
 * {@code dest} under the current rule of its link. Bytes wait in order until their release time
 * (latency and jitter); while the direction is stalled nothing is released and the source is not
 * read, so the sender's TCP window fills as on a dead path; a cut closes both sides. At most
 * {@link #MAX_QUEUED_BYTES} wait here before the source stops being read. A sender that closes
 * has its delayed bytes delivered before the close is passed on (the timer runs on the event loop,
 * which outlives the channel).
 */
final class Relay extends ChannelInboundHandlerAdapter {
  static final long MAX_QUEUED_BYTES = 4L << 20;

  private record Chunk(ByteBuf bytes, long releaseAtNanos) {}

  private final Link link;
  private final Supplier<LinkRule> rule;
  private final Channel dest;
  private final LongSupplier nanoTime;
  private final RandomGenerator random;
  private final ArrayDeque<Chunk> queue = new ArrayDeque<>();
  private long queuedBytes;
  private long lastReleaseNanos = Long.MIN_VALUE;
  private ScheduledFuture<?> timer;
  private boolean sourceClosed;
  private ChannelHandlerContext ctx;
  private Relay partner;

  Relay(Link link, Supplier<LinkRule> rule, Channel dest, LongSupplier nanoTime, RandomGenerator random) {
    this.link = link;
    this.rule = rule;
    this.dest = dest;
    this.nanoTime = nanoTime;
    this.random = random;
  }

  Link link() {
    return link;
  }

  /** The relay of the other direction, whose source is our destination: told when that drains. */
  void pair(Relay other) {
    this.partner = other;
    other.partner = this;
  }

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    this.ctx = ctx;
  }

  /** Re-reads the rule (it changed): from any thread. */
  void wake() {
    ChannelHandlerContext c = ctx;
    if (c != null) {
      c.executor().execute(this::pump);
    }
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (!(msg instanceof ByteBuf bytes)) {
      ReferenceCountUtil.release(msg);
      return;
    }
    LinkRule r = rule.get();
    if (r.cut()) {
      bytes.release();
      closeBoth();
      return;
    }
    long now = nanoTime.getAsLong();
    long at = now + TimeUnit.MILLISECONDS.toNanos(r.delayMs(random));
    // TCP delivers in order: a chunk never overtakes the one before it.
    if (lastReleaseNanos != Long.MIN_VALUE && at - lastReleaseNanos < 0) {
      at = lastReleaseNanos;
    }
    lastReleaseNanos = at;
    queue.add(new Chunk(bytes, at));
    queuedBytes += bytes.readableBytes();
    pump();
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    sourceClosed = true;
    pump();
  }

  @Override
  public void channelWritabilityChanged(ChannelHandlerContext ctx) {
    if (partner != null) {
      partner.pump();
    }
    ctx.fireChannelWritabilityChanged();
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    closeBoth();
  }

  private void pump() {
    if (ctx == null) {
      return;
    }
    LinkRule r = rule.get();
    if (r.cut()) {
      closeBoth();
      return;
    }
    if (!dest.isActive() && dest.isRegistered()) {
      closeBoth();
      return;
    }
    if (!r.stalled()) {
      long now = nanoTime.getAsLong();
      boolean wrote = false;
      while (!queue.isEmpty() && queue.peek().releaseAtNanos() - now <= 0 && dest.isActive()) {
        Chunk c = queue.poll();
        queuedBytes -= c.bytes().readableBytes();
        dest.write(c.bytes());
        wrote = true;
      }
      if (wrote) {
        dest.flush();
      }
      if (!queue.isEmpty() && timer == null) {
        timer = ctx.executor().schedule(() -> {
          timer = null;
          pump();
        }, Math.max(0, queue.peek().releaseAtNanos() - now), TimeUnit.NANOSECONDS);
      }
    }
    if (sourceClosed && (queue.isEmpty() || r.stalled())) {
      drop();
      dest.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
      return;
    }
    ctx.channel().config().setAutoRead(!r.stalled() && queuedBytes < MAX_QUEUED_BYTES && dest.isWritable());
  }

  private void closeBoth() {
    drop();
    if (ctx != null) {
      ctx.channel().close();
    }
    dest.close();
  }

  private void drop() {
    Chunk c;
    while ((c = queue.poll()) != null) {
      c.bytes().release();
    }
    queuedBytes = 0;
    if (timer != null) {
      timer.cancel(false);
      timer = null;
    }
  }
}
