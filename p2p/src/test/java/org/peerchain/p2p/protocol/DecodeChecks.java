package org.peerchain.p2p.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.peerchain.core.bytes.Bytes;

/**
 * What every message decoder must do with hostile bytes, shared by the fuzz tests: fail only with a
 * {@link ProtocolException} that names the malformed message, or decode to a message that encodes
 * back to the very same bytes (strict decoding accepts one encoding per message) and decodes again
 * to an equal message.
 */
final class DecodeChecks {
  private DecodeChecks() {}

  /** A whole frame payload: type byte then body. Empty when the payload is rejected. */
  static Optional<Message> payload(Bytes payload) {
    Message m;
    try {
      m = MessageCodec.decodePayload(payload);
    } catch (ProtocolException rejected) {
      assertThat(rejected.reason()).isEqualTo(DisconnectReason.MALFORMED_MESSAGE);
      return Optional.empty();
    }
    Bytes again = MessageCodec.encodePayload(m);
    assertThat(again).as("re-encoding of %s", m.type()).isEqualTo(payload);
    assertThat(MessageCodec.decodePayload(again)).isEqualTo(m);
    return Optional.of(m);
  }

  /** The body of one message type. Empty when the body is rejected. */
  static Optional<Message> body(MessageType type, Bytes body) {
    Message m;
    try {
      m = MessageCodec.decode(type, body);
    } catch (ProtocolException rejected) {
      assertThat(rejected.reason()).isEqualTo(DisconnectReason.MALFORMED_MESSAGE);
      return Optional.empty();
    }
    assertThat(m.type()).isEqualTo(type);
    Bytes again = MessageCodec.encodeBody(m);
    assertThat(again).as("re-encoding of %s", type).isEqualTo(body);
    assertThat(MessageCodec.decode(type, again)).isEqualTo(m);
    return Optional.of(m);
  }
}
