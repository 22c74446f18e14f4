package org.peerchain.p2p.transport;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.util.AttributeKey;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.peerchain.p2p.protocol.Disconnect;
import org.peerchain.p2p.protocol.DisconnectReason;

/** Closes a connection politely: one Disconnect with the reason, then the close. */
public final class Disconnects {
  private static final AttributeKey<DisconnectReason> CLOSING = AttributeKey.valueOf("peerchain.closing");

  private static final Duration FORCE_CLOSE_AFTER = Duration.ofSeconds(2);

  private Disconnects() {}

  /** Sends Disconnect(reason, text) and closes once it is written; later calls do nothing. */
  public static void close(Channel channel, DisconnectReason reason, String text) {
    if (channel.attr(CLOSING).setIfAbsent(reason) != null) {
      return;
    }
    if (!channel.isActive()) {
      channel.close();
      return;
    }
    channel.writeAndFlush(Disconnect.of(reason, text)).addListener(ChannelFutureListener.CLOSE);
    if (reason == DisconnectReason.SLOW_PEER) {
      // Its queue is full: the Disconnect may never be written, so do not wait for it.
      channel.close();
    } else {
      // A peer that does not read would otherwise keep the channel open forever.
      channel.eventLoop().schedule(() -> channel.close(), FORCE_CLOSE_AFTER.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  /** The reason we closed this channel with, or null when we did not (yet). */
  public static DisconnectReason closingReason(Channel channel) {
    return channel.attr(CLOSING).get();
  }

  /** Marks a channel closed for a reason without sending anything, e.g. after the peer's Disconnect. */
  public static void closeSilently(Channel channel, DisconnectReason reason) {
    channel.attr(CLOSING).setIfAbsent(reason);
    channel.close();
  }
}
