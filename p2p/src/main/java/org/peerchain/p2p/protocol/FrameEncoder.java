package org.peerchain.p2p.protocol;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToByteEncoder;
import org.peerchain.core.bytes.Bytes;

/**
 * Writes a {@link Message} as a frame. Sessions that pre-encode (to send one encoding to many
 * peers) write {@link ByteBuf} frames, which pass by untouched.
 */
@Sharable
public final class FrameEncoder extends MessageToByteEncoder<Message> {
  public static final FrameEncoder INSTANCE = new FrameEncoder();

  private FrameEncoder() {
    super(Message.class);
  }

  @Override
  protected void encode(ChannelHandlerContext ctx, Message msg, ByteBuf out) {
    Bytes payload = MessageCodec.encodePayload(msg);
    if (payload.size() > ProtocolLimits.MAX_FRAME_BYTES) {
      throw new IllegalStateException(msg.type() + " message of " + payload.size() + " bytes exceeds the frame limit");
    }
    out.writeInt(payload.size());
    out.writeBytes(payload.toArray());
  }
}
