package org.peerchain.p2p.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;
import org.junit.jupiter.api.Test;
import org.peerchain.core.bytes.Bytes;

class FrameDecoderTest {
  private static ByteBuf bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return Unpooled.wrappedBuffer(b);
  }

  @Test
  void joinsAFrameSplitAcrossReadsAndSplitsTwoInOneRead() {
    EmbeddedChannel ch = new EmbeddedChannel(new FrameDecoder(100));
    ch.writeInbound(bytes(0, 0));
    ch.writeInbound(bytes(0, 3, 0x02));
    assertThat((Object) ch.readInbound()).isNull();
    ch.writeInbound(bytes(0xc0, 0x01, 0, 0, 0, 1, 0x07));
    assertThat((Bytes) ch.readInbound()).isEqualTo(Bytes.of(0x02, 0xc0, 0x01));
    assertThat((Bytes) ch.readInbound()).isEqualTo(Bytes.of(0x07));
    assertThat((Object) ch.readInbound()).isNull();
  }

  @Test
  void refusesAnOversizedFrameFromItsHeaderAlone() {
    EmbeddedChannel ch = new EmbeddedChannel(new FrameDecoder(64));
    // Only the length is sent: the decoder must not wait for 65 payload bytes.
    assertThatThrownBy(() -> ch.writeInbound(bytes(0, 0, 0, 65)))
        .isInstanceOf(DecoderException.class)
        .cause().isInstanceOf(ProtocolException.class)
        .hasMessageContaining("65 bytes exceeds the limit of 64")
        .satisfies(e -> assertThat(((ProtocolException) e).reason()).isEqualTo(DisconnectReason.FRAME_TOO_LARGE));
  }

  @Test
  void refusesALengthAboveTwoGigabytesAsOversizedNotNegative() {
    EmbeddedChannel ch = new EmbeddedChannel(new FrameDecoder(1 << 24));
    assertThatThrownBy(() -> ch.writeInbound(bytes(0xff, 0xff, 0xff, 0xff)))
        .cause().hasMessageContaining("4294967295 bytes exceeds");
  }

  @Test
  void refusesASixteenMebibyteTxsFrameFromItsTypeByte() {
    EmbeddedChannel ch = new EmbeddedChannel(new FrameDecoder(ProtocolLimits.MAX_FRAME_BYTES));
    // Within the frame limit, but a Txs message holds at most 2 MiB: refused before the payload is buffered.
    assertThatThrownBy(() -> ch.writeInbound(bytes(0x01, 0, 0, 0, MessageType.TXS.code())))
        .isInstanceOf(DecoderException.class)
        .cause().isInstanceOf(ProtocolException.class)
        .hasMessageContaining("a TXS frame of 16777216 bytes exceeds the")
        .satisfies(e -> assertThat(((ProtocolException) e).reason()).isEqualTo(DisconnectReason.MALFORMED_MESSAGE));
  }

  @Test
  void refusesAnOversizedRequestFromItsTypeByte() {
    EmbeddedChannel ch = new EmbeddedChannel(new FrameDecoder(ProtocolLimits.MAX_FRAME_BYTES));
    assertThatThrownBy(() -> ch.writeInbound(bytes(0, 0, 0x04, 0, MessageType.GET_BLOCKS.code())))
        .cause().hasMessageContaining("a GET_BLOCKS frame of 1024 bytes exceeds");
  }

  @Test
  void aLargeBlocksFrameWithinTheFrameLimitIsBuffered() {
    EmbeddedChannel ch = new EmbeddedChannel(new FrameDecoder(ProtocolLimits.MAX_FRAME_BYTES));
    ch.writeInbound(bytes(0x00, 0x80, 0, 0, MessageType.BLOCKS.code()));
    assertThat((Object) ch.readInbound()).isNull();
    assertThat(ch.isActive()).isTrue();
  }

  @Test
  void refusesAnEmptyFrame() {
    EmbeddedChannel ch = new EmbeddedChannel(new FrameDecoder(64));
    assertThatThrownBy(() -> ch.writeInbound(bytes(0, 0, 0, 0)))
        .cause().isInstanceOf(ProtocolException.class).hasMessageContaining("empty frame");
  }

  @Test
  void dropsAllInputAfterAFailure() {
    EmbeddedChannel ch = new EmbeddedChannel(new FrameDecoder(4));
    assertThatThrownBy(() -> ch.writeInbound(bytes(0, 0, 0, 5))).isInstanceOf(DecoderException.class);
    ch.writeInbound(bytes(0, 0, 0, 1, 0x02));
    assertThat((Object) ch.readInbound()).isNull();
  }

  @Test
  void aShortFrameWaitsForTheRestAndIsNotEmittedOnClose() {
    EmbeddedChannel ch = new EmbeddedChannel(new FrameDecoder(64));
    ch.writeInbound(bytes(0, 0, 0, 10, 1, 2, 3));
    assertThat((Object) ch.readInbound()).isNull();
    ch.finish();
    assertThat((Object) ch.readInbound()).isNull();
  }

  @Test
  void theLimitCanBeRaisedAfterTheHandshake() {
    FrameDecoder decoder = new FrameDecoder(4);
    EmbeddedChannel ch = new EmbeddedChannel(decoder);
    decoder.setMaxFrameBytes(8);
    ch.writeInbound(bytes(0, 0, 0, 6, 1, 2, 3, 4, 5, 6));
    assertThat((Bytes) ch.readInbound()).isEqualTo(Bytes.of(1, 2, 3, 4, 5, 6));
  }
}
