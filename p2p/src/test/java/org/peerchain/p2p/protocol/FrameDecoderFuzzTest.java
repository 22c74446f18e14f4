package org.peerchain.p2p.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.peerchain.core.bytes.Bytes;

/**
 * Arbitrary bytes as the stream a peer writes, fed to a {@link FrameDecoder} in an EmbeddedChannel
 * in chunks. The frames it emits, and the failure it raises, must be exactly those of a plain
 * reading of the stream: complete frames up to the first bad length, then a {@link ProtocolException}
 * (MALFORMED_MESSAGE for length 0 or a length its message type can never need, FRAME_TOO_LARGE over
 * the limit) and nothing after it. A length
 * near the limit must not make it allocate before the bytes are there. Each frame's payload then
 * goes through the message codec's checks.
 *
 * <p>Input: byte 0 picks the chunk size (1–64, low six bits) and the limit (bit 6: the handshake's
 * 64 KiB, else 300 bytes, so that short inputs reach the limit); the rest is the stream.
 */
class FrameDecoderFuzzTest {
  private static final int SMALL_LIMIT = 300;

  private record Reading(List<Bytes> frames, Optional<DisconnectReason> failure) {}

  @FuzzTest
  void splitsFramesExactlyOrFailsWithAProtocolException(byte[] data) {
    if (data.length == 0) {
      return;
    }
    int chunk = 1 + (data[0] & 0x3f);
    int limit = (data[0] & 0x40) != 0 ? ProtocolLimits.HANDSHAKE_FRAME_BYTES : SMALL_LIMIT;
    Bytes stream = Bytes.wrap(data).slice(1);
    Reading expected = read(stream, limit);

    EmbeddedChannel ch = new EmbeddedChannel(new FrameDecoder(limit));
    List<Bytes> frames = new ArrayList<>();
    Optional<DisconnectReason> failure = Optional.empty();
    for (int at = 0; at < stream.size(); at += chunk) {
      Bytes part = stream.slice(at, Math.min(chunk, stream.size() - at));
      try {
        ch.writeInbound(Unpooled.wrappedBuffer(part.toArray()));
      } catch (RuntimeException e) {
        assertThat(failure).as("a second failure after %s", failure).isEmpty();
        failure = Optional.of(protocolReason(e));
      }
      for (Object o; (o = ch.readInbound()) != null; ) {
        frames.add((Bytes) o);
      }
    }
    ch.finishAndReleaseAll();

    assertThat(failure).isEqualTo(expected.failure());
    assertThat(frames).isEqualTo(expected.frames());
    frames.forEach(DecodeChecks::payload);
  }

  /** The stream read by the rules of docs/protocol.md §3, independently of the decoder. */
  private static Reading read(Bytes stream, int limit) {
    List<Bytes> frames = new ArrayList<>();
    int at = 0;
    while (stream.size() - at >= FrameDecoder.HEADER_BYTES) {
      long length = stream.slice(at, FrameDecoder.HEADER_BYTES).toUnsignedBigInteger().longValueExact();
      if (length == 0) {
        return new Reading(frames, Optional.of(DisconnectReason.MALFORMED_MESSAGE));
      }
      if (length > limit) {
        return new Reading(frames, Optional.of(DisconnectReason.FRAME_TOO_LARGE));
      }
      if (stream.size() - at > FrameDecoder.HEADER_BYTES) {
        Optional<MessageType> type = MessageType.find(stream.get(at + FrameDecoder.HEADER_BYTES) & 0xff);
        if (type.isPresent() && length > MessageSizes.maxPayloadBytes(type.get())) {
          return new Reading(frames, Optional.of(DisconnectReason.MALFORMED_MESSAGE));
        }
      }
      if (stream.size() - at - FrameDecoder.HEADER_BYTES < length) {
        break;
      }
      frames.add(stream.slice(at + FrameDecoder.HEADER_BYTES, (int) length));
      at += FrameDecoder.HEADER_BYTES + (int) length;
    }
    return new Reading(frames, Optional.empty());
  }

  /** Netty wraps what a decoder throws; anything but a ProtocolException inside is a finding. */
  private static DisconnectReason protocolReason(RuntimeException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ProtocolException p) {
        return p.reason();
      }
    }
    throw e;
  }
}
