package org.peerchain.p2p.session;

import org.peerchain.p2p.protocol.DisconnectReason;

/** A peer that completed the handshake is not taken (duplicate, no free slot, banned). */
public final class PeerRejectedException extends Exception {
  private final DisconnectReason reason;

  public PeerRejectedException(DisconnectReason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public DisconnectReason reason() {
    return reason;
  }
}
