package org.peerchain.testnet.links;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One listening socket per directed pair of nodes on {@code host}; each accepted connection is
 * joined to the target node's real port, and its two directions are relayed under the current
 * {@link LinkFaults}: the bytes the dialer sends travel its route's link, the answers the reverse.
 * A connection is refused while its link is cut.
 */
public final class LinkProxy implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LinkProxy.class);
  static final int CONNECT_TIMEOUT_MS = 5_000;

  private final String host;
  private final EventLoopGroup group;
  private final Map<Link, Channel> servers = new LinkedHashMap<>();
  private final Set<Relay> relays = ConcurrentHashMap.newKeySet();
  private final SplittableRandom seeds = new SplittableRandom();
  private volatile LinkFaults faults = LinkFaults.NONE;

  private LinkProxy(String host, EventLoopGroup group) {
    this.host = host;
    this.group = group;
  }

  /** Binds every route's listen port (0 picks a free one) or fails, closing what it bound. */
  public static LinkProxy start(String host, List<Route> routes, int threads) {
    LinkProxy proxy = new LinkProxy(host, new NioEventLoopGroup(threads));
    try {
      for (Route r : routes) {
        proxy.bind(r);
      }
      return proxy;
    } catch (RuntimeException e) {
      proxy.close();
      throw e;
    }
  }

  /** The port that {@code link.from()} dials to reach {@code link.to()}. */
  public int port(Link link) {
    Channel server = servers.get(link);
    if (server == null) {
      throw new IllegalArgumentException("no route " + link);
    }
    return ((InetSocketAddress) server.localAddress()).getPort();
  }

  public LinkFaults faults() {
    return faults;
  }

  /** Applies {@code next} to new and open connections alike. */
  public void apply(LinkFaults next) {
    faults = next;
    relays.forEach(Relay::wake);
  }

  /** How many connections are relayed now. */
  public int connections() {
    return relays.size() / 2;
  }

  private void bind(Route route) {
    ServerBootstrap b = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
        .childOption(ChannelOption.AUTO_READ, false)
        .childOption(ChannelOption.TCP_NODELAY, true)
        .childHandler(new ChannelInitializer<SocketChannel>() {
          @Override
          protected void initChannel(SocketChannel ch) {
            accepted(route, ch);
          }
        });
    try {
      servers.put(route.link(), b.bind(host, route.listenPort()).sync().channel());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while binding the proxy of " + route.link());
    } catch (Exception e) {
      throw new IllegalStateException("cannot listen on " + host + ":" + route.listenPort() + " for the link "
          + route.link() + ": " + e.getMessage(), e);
    }
  }

  private void accepted(Route route, SocketChannel in) {
    Link up = route.link();
    if (faults.cut(up)) {
      in.close();
      return;
    }
    new Bootstrap().group(in.eventLoop()).channel(NioSocketChannel.class)
        .option(ChannelOption.AUTO_READ, false)
        .option(ChannelOption.TCP_NODELAY, true)
        .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, CONNECT_TIMEOUT_MS)
        .handler(new ChannelInitializer<SocketChannel>() {
          @Override
          protected void initChannel(SocketChannel ch) {
            // Relays are added once both ends exist.
          }
        })
        .connect(host, route.targetPort()).addListener(f -> {
          if (!f.isSuccess()) {
            LOG.debug("{}: target port {} refused: {}", up, route.targetPort(), f.cause().getMessage());
            in.close();
            return;
          }
          Channel out = ((ChannelFuture) f).channel();
          join(up, in, out);
        });
  }

  private void join(Link up, Channel in, Channel out) {
    Link down = up.reverse();
    Relay forward = new Relay(up, () -> faults.rule(up), out, System::nanoTime, new SplittableRandom(nextSeed()));
    Relay backward = new Relay(down, () -> faults.rule(down), in, System::nanoTime, new SplittableRandom(nextSeed()));
    forward.pair(backward);
    in.pipeline().addLast("relay", forward);
    out.pipeline().addLast("relay", backward);
    relays.add(forward);
    relays.add(backward);
    in.closeFuture().addListener(x -> {
      relays.remove(forward);
      out.close();
    });
    out.closeFuture().addListener(x -> {
      relays.remove(backward);
      in.close();
    });
    forward.wake();
    backward.wake();
  }

  private synchronized long nextSeed() {
    return seeds.nextLong();
  }

  @Override
  public void close() {
    List<Channel> all = new ArrayList<>(servers.values());
    all.forEach(Channel::close);
    group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
  }
}
