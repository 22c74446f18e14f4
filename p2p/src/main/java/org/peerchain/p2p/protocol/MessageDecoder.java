package org.peerchain.p2p.protocol;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToMessageDecoder;
import java.util.List;
import org.peerchain.core.bytes.Bytes;

/** Frame payload to {@link org.peerchain.p2p.protocol.Message}; failures are ProtocolExceptions. */
public final class MessageDecoder extends MessageToMessageDecoder<Bytes> {
  public MessageDecoder() {
    super(Bytes.class);
  }

  @Override
  protected void decode(ChannelHandlerContext ctx, Bytes payload, List<Object> out) {
    out.add(MessageCodec.decodePayload(payload));
  }
}
