package org.peerchain.p2p.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** The last message before a close: a reason code and a human-readable text of at most 256 bytes. */
public record Disconnect(DisconnectReason reason, String text) implements Message {
  public Disconnect {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(text, "text");
    if (text.getBytes(StandardCharsets.UTF_8).length > ProtocolLimits.MAX_DISCONNECT_TEXT_BYTES) {
      throw new IllegalArgumentException("disconnect text exceeds " + ProtocolLimits.MAX_DISCONNECT_TEXT_BYTES + " bytes");
    }
  }

  /** A disconnect whose text is cut to the limit, for texts built from arbitrary error messages. */
  public static Disconnect of(DisconnectReason reason, String text) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    if (utf8.length <= ProtocolLimits.MAX_DISCONNECT_TEXT_BYTES) {
      return new Disconnect(reason, text);
    }
    String cut = text;
    while (cut.getBytes(StandardCharsets.UTF_8).length > ProtocolLimits.MAX_DISCONNECT_TEXT_BYTES) {
      cut = cut.substring(0, cut.length() - Math.max(1, (cut.length() / 8)));
    }
    return new Disconnect(reason, cut);
  }

  @Override
  public MessageType type() {
    return MessageType.DISCONNECT;
  }
}
