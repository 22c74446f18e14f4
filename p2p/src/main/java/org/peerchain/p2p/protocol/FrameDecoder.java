package org.peerchain.p2p.protocol;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.util.List;
import org.peerchain.core.bytes.Bytes;

/**
 * Splits the stream into frames: a 4-byte big-endian length, then that many payload bytes
 * (emitted as {@link Bytes}). A length over the current limit fails as soon as the header is
 * read, and a length over what its message type can hold ({@link MessageSizes}) as soon as the type
 * byte is, before the payload is buffered. After a failure the rest of the input is dropped.
 */
public final class FrameDecoder extends ByteToMessageDecoder {
  public static final int HEADER_BYTES = 4;

  private volatile int maxFrameBytes;
  private boolean failed;

  public FrameDecoder(int maxFrameBytes) {
    this.maxFrameBytes = maxFrameBytes;
  }

  /** Raises (or lowers) the limit, e.g. from the handshake limit to the session limit. */
  public void setMaxFrameBytes(int maxFrameBytes) {
    this.maxFrameBytes = maxFrameBytes;
  }

  public int maxFrameBytes() {
    return maxFrameBytes;
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
    if (failed) {
      in.skipBytes(in.readableBytes());
      return;
    }
    if (in.readableBytes() < HEADER_BYTES) {
      return;
    }
    long length = in.getUnsignedInt(in.readerIndex());
    if (length == 0) {
      failed = true;
      throw new ProtocolException(DisconnectReason.MALFORMED_MESSAGE, "empty frame: no message type");
    }
    if (length > maxFrameBytes) {
      failed = true;
      throw new ProtocolException(DisconnectReason.FRAME_TOO_LARGE,
          "frame of " + length + " bytes exceeds the limit of " + maxFrameBytes);
    }
    if (in.readableBytes() <= HEADER_BYTES) {
      return;
    }
    // Unknown types pass: the message decoder names them.
    MessageType type = MessageType.find(in.getUnsignedByte(in.readerIndex() + HEADER_BYTES)).orElse(null);
    if (type != null && length > MessageSizes.maxPayloadBytes(type)) {
      failed = true;
      throw new ProtocolException(DisconnectReason.MALFORMED_MESSAGE, "a " + type + " frame of " + length
          + " bytes exceeds the " + MessageSizes.maxPayloadBytes(type) + " bytes a " + type + " message can hold");
    }
    if (in.readableBytes() < HEADER_BYTES + length) {
      return;
    }
    in.skipBytes(HEADER_BYTES);
    byte[] payload = new byte[(int) length];
    in.readBytes(payload);
    out.add(Bytes.wrap(payload));
  }
}
