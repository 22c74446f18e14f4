package org.peerchain.p2p.protocol;

import java.util.Optional;

/** The type byte that follows a frame's length. Codes are never reused. */
public enum MessageType {
  STATUS(0x00),
  DISCONNECT(0x01),
  PING(0x02),
  PONG(0x03),
  GET_PEERS(0x04),
  PEERS(0x05),
  NEW_TX_HASHES(0x10),
  GET_TXS(0x11),
  TXS(0x12),
  NEW_BLOCK(0x20),
  GET_BLOCKS(0x21),
  BLOCKS(0x22),
  CONSENSUS(0x30),
  GET_SNAPSHOT_HEIGHTS(0x40, 3),
  SNAPSHOT_HEIGHTS(0x41, 3),
  GET_ACCOUNT_RANGE(0x42, 3),
  ACCOUNT_RANGE(0x43, 3);

  private static final MessageType[] BY_CODE = new MessageType[256];

  static {
    for (MessageType t : values()) {
      BY_CODE[t.code] = t;
    }
  }

  private final int code;
  private final int sinceVersion;

  MessageType(int code) {
    this(code, 1);
  }

  MessageType(int code, int sinceVersion) {
    this.code = code;
    this.sinceVersion = sinceVersion;
  }

  public int code() {
    return code;
  }

  /** The first protocol version with this message: a session of an older version must not carry it. */
  public int sinceVersion() {
    return sinceVersion;
  }

  /** The type of a type byte, empty for one we do not know. */
  public static Optional<MessageType> find(int code) {
    return Optional.ofNullable(code >= 0 && code < 256 ? BY_CODE[code] : null);
  }

  /** @throws ProtocolException for a type byte we do not know */
  public static MessageType fromCode(int code) {
    MessageType t = code >= 0 && code < 256 ? BY_CODE[code] : null;
    if (t == null) {
      throw new ProtocolException(DisconnectReason.MALFORMED_MESSAGE,
          String.format("unknown message type 0x%02x", code));
    }
    return t;
  }
}
