package org.peerchain.p2p;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.AttributeKey;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.peerchain.p2p.identity.PeerAddress;
import org.peerchain.p2p.identity.PeerId;

/**
 * Opens outbound connections for the dialer. The result completes with the peer's id once its
 * session is admitted (see {@link SessionEvents}), or empty when the connection fails or closes first.
 */
final class OutboundConnector {
  static final AttributeKey<CompletableFuture<Optional<PeerId>>> DIAL = AttributeKey.valueOf("peerchain.dial");
  /** Over 4 MiB unwritten a channel stops taking droppable gossip; under 1 MiB it takes it again. */
  static final WriteBufferWaterMark WATER_MARK = new WriteBufferWaterMark(1 << 20, 4 << 20);

  private final P2pConfig config;
  private final EventLoopGroup workers;
  private final ConnectionSetup setup;
  private final AtomicBoolean closed;

  OutboundConnector(P2pConfig config, EventLoopGroup workers, ConnectionSetup setup, AtomicBoolean closed) {
    this.config = config;
    this.workers = workers;
    this.setup = setup;
    this.closed = closed;
  }

  CompletableFuture<Optional<PeerId>> dial(PeerAddress address) {
    CompletableFuture<Optional<PeerId>> result = new CompletableFuture<>();
    if (closed.get()) {
      result.complete(Optional.empty());
      return result;
    }
    Bootstrap b = new Bootstrap().group(workers).channel(NioSocketChannel.class)
        .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) config.handshakeTimeout().toMillis())
        .option(ChannelOption.WRITE_BUFFER_WATER_MARK, WATER_MARK)
        .option(ChannelOption.TCP_NODELAY, true)
        .attr(DIAL, result)
        .handler(setup.outbound(address));
    b.connect(address.host(), address.port()).addListener((ChannelFuture f) -> {
      if (!f.isSuccess()) {
        result.complete(Optional.empty());
      } else {
        f.channel().closeFuture().addListener(c -> result.complete(Optional.empty()));
      }
    });
    return result;
  }
}
