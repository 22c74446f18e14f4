package org.peerchain.p2p.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.peerchain.core.bytes.Bytes;

class MessageCodecPropertyTest {
  @Provide
  Arbitrary<Message> messages() {
    return MessageArbitraries.messages();
  }

  @Property(tries = 300)
  void decodeInvertsEncode(@ForAll("messages") Message m) {
    Bytes payload = MessageCodec.encodePayload(m);
    assertThat(MessageCodec.decodePayload(payload)).isEqualTo(m);
    assertThat(payload.getUnsigned(0)).isEqualTo(m.type().code());
  }

  @Property(tries = 200)
  void aTrailingByteIsRefused(@ForAll("messages") Message m) {
    Bytes payload = MessageCodec.encodePayload(m).concatWith(Bytes.of(0x80));
    assertThatThrownBy(() -> MessageCodec.decodePayload(payload))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("trailing");
  }

  @Property(tries = 200)
  void aTruncatedBodyIsRefusedWithOurException(@ForAll("messages") Message m) {
    Bytes payload = MessageCodec.encodePayload(m);
    Bytes cut = payload.slice(0, payload.size() - 1);
    assertThatThrownBy(() -> MessageCodec.decodePayload(cut))
        .isInstanceOf(ProtocolException.class)
        .satisfies(e -> assertThat(((ProtocolException) e).reason()).isEqualTo(DisconnectReason.MALFORMED_MESSAGE));
  }

  @Property(tries = 500)
  void arbitraryBytesNeverEscapeAsAnotherException(@ForAll byte[] garbage) {
    try {
      MessageCodec.decodePayload(Bytes.wrap(garbage));
    } catch (ProtocolException expected) {
      assertThat(expected.reason()).isEqualTo(DisconnectReason.MALFORMED_MESSAGE);
    }
  }

  @Property(tries = 300)
  void garbageBodiesOfEveryTypeAreRefusedWithOurException(@ForAll MessageType type, @ForAll byte[] body) {
    try {
      MessageCodec.decode(type, Bytes.wrap(body));
    } catch (ProtocolException expected) {
      assertThat(expected.getMessage()).contains(type.name());
    }
  }
}
