package org.peerchain.p2p;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.crypto.PrivateKey;
import org.peerchain.core.crypto.Secp256k1;
import org.peerchain.core.types.Hash;
import org.peerchain.p2p.identity.NodeKey;
import org.peerchain.p2p.identity.PeerAddress;
import org.peerchain.p2p.identity.PeerId;
import org.peerchain.p2p.protocol.Message;
import org.peerchain.p2p.protocol.MessageCodec;
import org.peerchain.p2p.protocol.Status;
import org.peerchain.p2p.transport.ConnectionInfo;

/** Keys, statuses and helpers to read what an EmbeddedChannel wrote. */
public final class P2pFixtures {
  public static final long CHAIN_ID = 1337;
  public static final Hash GENESIS = Hash.fromHexString("0x" + "ab".repeat(32));

  private P2pFixtures() {}

  /** A deterministic node key: private scalar {@code n}. */
  public static KeyPair key(int n) {
    return Secp256k1.get().keyPair(PrivateKey.fromBigInteger(BigInteger.valueOf(n)));
  }

  public static PeerId id(int n) {
    return NodeKey.nodeId(key(n));
  }

  public static Status status() {
    return new Status(P2pConfig.PROTOCOL_VERSION, CHAIN_ID, GENESIS, 0, GENESIS, 30303);
  }

  public static ConnectionInfo connection(PeerId peer, boolean outbound) {
    Optional<PeerAddress> dialed = outbound ? Optional.of(PeerAddress.of(peer, "127.0.0.1", 30303)) : Optional.empty();
    return new ConnectionInfo(peer, outbound, dialed, new InetSocketAddress("127.0.0.1", 40000));
  }

  public static ByteBuf frame(Message m) {
    return Unpooled.wrappedBuffer(MessageCodec.encodeFrame(m).toArray());
  }

  public static ByteBuf rawFrame(Bytes payload) {
    ByteBuf buf = Unpooled.buffer();
    buf.writeInt(payload.size());
    buf.writeBytes(payload.toArray());
    return buf;
  }

  /** The message of one whole frame (length prefix included). */
  public static Message decodeFrame(byte[] frame) {
    return MessageCodec.decodePayload(Bytes.wrap(frame).slice(4));
  }

  /** Every message the channel wrote, decoded from its frames (a frame may span several buffers). */
  public static List<Message> written(EmbeddedChannel ch) {
    ByteBuf all = Unpooled.buffer();
    for (Object o; (o = ch.readOutbound()) != null; ) {
      ByteBuf b = (ByteBuf) o;
      all.writeBytes(b);
      b.release();
    }
    List<Message> out = new ArrayList<>();
    while (all.readableBytes() >= 4) {
      int n = all.readInt();
      byte[] payload = new byte[n];
      all.readBytes(payload);
      out.add(MessageCodec.decodePayload(Bytes.wrap(payload)));
    }
    all.release();
    return out;
  }
}
