package org.peerchain.p2p.transport;

import io.netty.channel.Channel;
import org.peerchain.p2p.protocol.DisconnectReason;

/** Where connection handlers report a peer's fault; the peer layer turns it into score points. */
@FunctionalInterface
public interface PenaltySink {
  PenaltySink NONE = (channel, reason, why) -> {};

  void penalize(Channel channel, DisconnectReason reason, String why);
}
