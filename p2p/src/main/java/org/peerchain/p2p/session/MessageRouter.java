package org.peerchain.p2p.session;

import org.peerchain.p2p.protocol.Message;

/** Serves the messages of established sessions (everything but Status, Disconnect, Ping, Pong). */
@FunctionalInterface
public interface MessageRouter {
  /** May throw ProtocolException when the message breaks the protocol; the peer is then dropped. */
  void onMessage(PeerSession from, Message message);
}
