package org.peerchain.p2p.peers;

import org.peerchain.p2p.protocol.DisconnectReason;

/** Score points a fault costs; at {@link PeerScores#BAN_THRESHOLD} a peer is banned. */
public final class Penalties {
  public static final int INVALID_DATA = 50;
  public static final int UNEXPECTED = 25;
  public static final int TIMEOUT = 10;
  public static final int USELESS_RESPONSE = 5;
  /** A request beyond the outstanding limit of its kind (see RequestServer): refused, not answered. */
  public static final int TOO_MANY_REQUESTS = 2;

  private Penalties() {}

  public static int pointsFor(DisconnectReason reason) {
    return switch (reason) {
      case MALFORMED_MESSAGE, FRAME_TOO_LARGE, BAD_BEHAVIOUR -> INVALID_DATA;
      case UNEXPECTED_MESSAGE -> UNEXPECTED;
      // Another network: banning stops it from redialing us every few seconds.
      case INCOMPATIBLE_VERSION, WRONG_CHAIN_ID, WRONG_GENESIS -> PeerScores.BAN_THRESHOLD;
      case TIMEOUT, SLOW_PEER -> TIMEOUT;
      default -> 0;
    };
  }
}
