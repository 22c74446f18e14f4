package org.peerchain.p2p;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.p2p.protocol.Message;
import org.peerchain.p2p.protocol.MessageCodec;
import org.peerchain.p2p.transport.NodeCertificate;

/** A hand-driven TLS client that writes whatever bytes a test wants and records what comes back. */
final class RawPeer implements AutoCloseable {
  private final NioEventLoopGroup group = new NioEventLoopGroup(1);
  private final ByteBuf received = Unpooled.buffer();
  private final Channel channel;

  private RawPeer(int port, NodeCertificate cert) throws Exception {
    SslContext ssl = SslContextBuilder.forClient().sslProvider(SslProvider.JDK).protocols("TLSv1.3")
        .keyManager(cert.privateKey(), cert.certificate())
        .trustManager(InsecureTrustManagerFactory.INSTANCE)
        .endpointIdentificationAlgorithm(null)
        .build();
    channel = new Bootstrap().group(group).channel(NioSocketChannel.class)
        .handler(new ChannelInitializer<SocketChannel>() {
          @Override
          protected void initChannel(SocketChannel ch) {
            ch.pipeline().addLast(ssl.newHandler(ch.alloc(), "127.0.0.1", port), new ChannelInboundHandlerAdapter() {
              @Override
              public void channelRead(ChannelHandlerContext ctx, Object msg) {
                ByteBuf b = (ByteBuf) msg;
                synchronized (received) {
                  received.writeBytes(b);
                }
                b.release();
              }

              @Override
              public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
                ctx.close();
              }
            });
          }
        })
        .connect("127.0.0.1", port).sync().channel();
  }

  static RawPeer connect(int port, NodeCertificate cert) throws Exception {
    return new RawPeer(port, cert);
  }

  void send(Bytes raw) {
    channel.writeAndFlush(Unpooled.wrappedBuffer(raw.toArray()));
  }

  void send(Message m) {
    send(MessageCodec.encodeFrame(m));
  }

  /** The complete frames received so far, decoded. */
  List<Message> received() {
    List<Message> out = new ArrayList<>();
    synchronized (received) {
      ByteBuf view = received.duplicate();
      while (view.readableBytes() >= 4 && view.readableBytes() >= 4 + view.getInt(view.readerIndex())) {
        byte[] payload = new byte[view.readInt()];
        view.readBytes(payload);
        out.add(MessageCodec.decodePayload(Bytes.wrap(payload)));
      }
    }
    return out;
  }

  int receivedBytes() {
    synchronized (received) {
      return received.readableBytes();
    }
  }

  /** Stops reading from the socket: what the node sends piles up in its own queues and TCP buffers. */
  void stopReading() {
    channel.config().setAutoRead(false);
  }

  boolean isOpen() {
    return channel.isActive();
  }

  void awaitClosed(Duration timeout) {
    if (!channel.closeFuture().awaitUninterruptibly(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError("the connection was not closed within " + timeout);
    }
  }

  @Override
  public void close() {
    channel.close().awaitUninterruptibly();
    group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
    received.release();
  }
}
