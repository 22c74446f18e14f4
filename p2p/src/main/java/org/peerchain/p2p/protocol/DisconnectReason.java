package org.peerchain.p2p.protocol;

/** Why a connection is closed; the code travels in a Disconnect message. Codes are never reused. */
public enum DisconnectReason {
  REQUESTED(0, "disconnect requested"),
  SHUTDOWN(1, "node is shutting down"),
  MALFORMED_MESSAGE(2, "malformed message"),
  FRAME_TOO_LARGE(3, "frame too large"),
  UNEXPECTED_MESSAGE(4, "unexpected message"),
  INCOMPATIBLE_VERSION(5, "incompatible protocol version"),
  WRONG_CHAIN_ID(6, "wrong chain id"),
  WRONG_GENESIS(7, "wrong genesis hash"),
  DUPLICATE_CONNECTION(8, "duplicate connection"),
  SELF_CONNECTION(9, "connected to self"),
  TOO_MANY_PEERS(10, "too many peers"),
  WRONG_NODE_ID(11, "unexpected node id"),
  TIMEOUT(12, "timeout"),
  BANNED(13, "banned"),
  SLOW_PEER(14, "peer too slow to read"),
  BAD_BEHAVIOUR(15, "misbehaving peer");

  private final int code;
  private final String description;

  DisconnectReason(int code, String description) {
    this.code = code;
    this.description = description;
  }

  public int code() {
    return code;
  }

  public String description() {
    return description;
  }

  /** @throws ProtocolException for a code we do not know */
  public static DisconnectReason fromCode(int code) {
    for (DisconnectReason r : values()) {
      if (r.code == code) {
        return r;
      }
    }
    throw new ProtocolException(MALFORMED_MESSAGE, "unknown disconnect reason code " + code);
  }
}
