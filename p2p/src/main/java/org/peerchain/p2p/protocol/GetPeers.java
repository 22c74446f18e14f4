package org.peerchain.p2p.protocol;

/** Asks for addresses of the peer's peers (peer exchange). Body: the empty list. */
public record GetPeers() implements Message {
  @Override
  public MessageType type() {
    return MessageType.GET_PEERS;
  }
}
