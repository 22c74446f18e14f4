package org.peerchain.p2p;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.util.ReferenceCountUtil;
import java.util.ArrayList;
import java.util.List;

/**
 * Holds every write unfinished, as a peer that stopped reading does once TCP buffers fill; the
 * test decides when (and whether) they complete.
 */
public final class HeldWrites extends ChannelOutboundHandlerAdapter {
  private final List<ChannelPromise> held = new ArrayList<>();
  private long bytes;
  private long heldBytes;

  @Override
  public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
    int size = msg instanceof ByteBuf b ? b.readableBytes() : 0;
    bytes += size;
    heldBytes += size;
    promise.addListener(f -> heldBytes -= size);
    ReferenceCountUtil.release(msg);
    held.add(promise);
  }

  /** Bytes of the writes held now. */
  public long heldBytes() {
    return heldBytes;
  }

  /** Bytes of every frame written into this handler so far, held or completed. */
  public long bytes() {
    return bytes;
  }

  public int held() {
    return held.size();
  }

  /** The peer read everything: all held writes complete. */
  public void completeAll() {
    List<ChannelPromise> done = new ArrayList<>(held);
    held.clear();
    done.forEach(ChannelPromise::trySuccess);
  }

  public void failAll(Throwable cause) {
    List<ChannelPromise> done = new ArrayList<>(held);
    held.clear();
    done.forEach(p -> p.tryFailure(cause));
  }
}
