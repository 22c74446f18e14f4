package org.peerchain.p2p.protocol;

/**
 * A peer broke the wire protocol. It names the reason the connection is closed with; every
 * decoding failure surfaces as this type so that one handler can disconnect and score the peer.
 */
public final class ProtocolException extends RuntimeException {
  private final DisconnectReason reason;

  public ProtocolException(DisconnectReason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public ProtocolException(DisconnectReason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public DisconnectReason reason() {
    return reason;
  }
}
