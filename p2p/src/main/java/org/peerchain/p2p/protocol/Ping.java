package org.peerchain.p2p.protocol;

/** Sent when we have written nothing for the ping interval; the peer answers with Pong. Body: the empty list. */
public record Ping() implements Message {
  @Override
  public MessageType type() {
    return MessageType.PING;
  }
}
