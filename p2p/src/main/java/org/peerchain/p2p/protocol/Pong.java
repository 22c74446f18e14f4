package org.peerchain.p2p.protocol;

/** The answer to a Ping. Body: the empty list. */
public record Pong() implements Message {
  @Override
  public MessageType type() {
    return MessageType.PONG;
  }
}
