package org.peerchain.p2p;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.types.Hash;
import org.peerchain.p2p.api.ChainStatus;
import org.peerchain.p2p.api.P2pHandler;
import org.peerchain.p2p.api.PeerInfo;
import org.peerchain.p2p.gossip.BlockAnnouncements;
import org.peerchain.p2p.gossip.ConsensusGossip;
import org.peerchain.p2p.gossip.FetchLimits;
import org.peerchain.p2p.gossip.TxGossip;
import org.peerchain.p2p.gossip.TxServer;
import org.peerchain.p2p.identity.NodeKey;
import org.peerchain.p2p.identity.PeerAddress;
import org.peerchain.p2p.identity.PeerId;
import org.peerchain.p2p.peers.AddressBook;
import org.peerchain.p2p.peers.AddressBookFile;
import org.peerchain.p2p.peers.Backoff;
import org.peerchain.p2p.peers.BanList;
import org.peerchain.p2p.peers.BlockRequests;
import org.peerchain.p2p.peers.BlockServer;
import org.peerchain.p2p.peers.Dialer;
import org.peerchain.p2p.peers.PeerExchange;
import org.peerchain.p2p.peers.PeerRegistry;
import org.peerchain.p2p.peers.PeerScores;
import org.peerchain.p2p.peers.Penalizer;
import org.peerchain.p2p.peers.RequestServer;
import org.peerchain.p2p.peers.SnapRequests;
import org.peerchain.p2p.peers.SnapServer;
import org.peerchain.p2p.protocol.AccountRange;
import org.peerchain.p2p.protocol.BlockWithCertificate;
import org.peerchain.p2p.protocol.DisconnectReason;
import org.peerchain.p2p.protocol.ProtocolLimits;
import org.peerchain.p2p.protocol.SnapshotHeight;
import org.peerchain.p2p.protocol.Status;
import org.peerchain.p2p.session.PeerSession;
import org.peerchain.p2p.transport.NodeCertificate;
import org.peerchain.p2p.transport.TlsContexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running P2P network of one node: listens, dials, handshakes, gossips and serves blocks.
 * Thread-safe; the node calls it from any thread and is called back through {@link P2pHandler}.
 */
public final class P2pNetwork implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(P2pNetwork.class);
  private static final int SAVE_EVERY_TICKS = 30;
  /** Snapshot requests a peer may have outstanding (docs/protocol.md §6.9). */
  public static final int SNAP_REQUESTS_PER_PEER = 4;

  private final P2pConfig config;
  private final PeerId self;
  private final ChainStatus chain;
  private final P2pHandler handler;
  private final EventLoopGroup boss = new NioEventLoopGroup(1, new DefaultThreadFactory("p2p-accept", true));
  private final EventLoopGroup workers = new NioEventLoopGroup(2, new DefaultThreadFactory("p2p-io", true));
  private final ChannelGroup channels = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
  private final PeerRegistry registry;
  private final BanList bans;
  private final PeerScores scores;
  private final AddressBook book;
  private final Optional<AddressBookFile> bookFile;
  private final ConsensusGossip consensus;
  private final TxGossip txs;
  private final BlockAnnouncements blocks;
  private final BlockRequests requests;
  private final SnapRequests snapRequests;
  private final PeerExchange exchange;
  private final Dialer dialer;
  private final ConnectionSetup setup;
  private final OutboundConnector connector;
  private final ThreadPoolExecutor servingPool;
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile Channel server;
  private volatile int port;
  private ScheduledFuture<?> maintenance;
  private int ticks;

  private P2pNetwork(P2pConfig config, KeyPair nodeKey, ChainStatus chain, P2pHandler handler) {
    this.config = config;
    this.self = NodeKey.nodeId(nodeKey);
    this.chain = chain;
    this.handler = handler;
    Clock clock = Clock.systemUTC();
    this.bans = new BanList(config.banDuration(), config.maxBans(), System::nanoTime);
    this.scores = new PeerScores(bans, System::nanoTime);
    this.registry = new PeerRegistry(self, config.maxPeers(), config.maxOutbound());
    this.book = new AddressBook(self, new AddressBook.Limits(config.addressBookSize(), config.addressBookPerSubnet(),
        config.addressBookPerSource()), System::currentTimeMillis, new Random());
    this.bookFile = config.dataDir().map(AddressBookFile::new);
    bookFile.ifPresent(f -> {
      int loaded = f.loadInto(book);
      LOG.debug("Loaded {} addresses from {}", loaded, f.path());
    });
    this.consensus = new ConsensusGossip(registry, handler, (s, points, why) -> penalize(s.id(), points, why), 16_384, 2048);
    this.txs = new TxGossip(registry, handler, chain, new Random(), System::nanoTime, 65_536, 4096,
        FetchLimits.DEFAULT, (s, points, why) -> penalize(s.id(), points, why));
    this.blocks = new BlockAnnouncements(registry, handler, 1024, 256);
    Penalizer penalizer = (s, points, why) -> penalize(s.id(), points, why);
    this.requests = new BlockRequests(config.requestTimeout(), penalizer);
    this.snapRequests = new SnapRequests(config.requestTimeout(), penalizer);
    this.exchange = new PeerExchange(self, registry, book, System::nanoTime, config.requestTimeout(), penalizer,
        new Random());
    this.servingPool = servingPool(config);
    RequestServer serving = new RequestServer(servingPool, System::nanoTime, config.servingBytesPerSecond(),
        Map.of(RequestServer.Kind.BLOCKS, config.maxBlockRequestsPerPeer(),
            RequestServer.Kind.TXS, config.maxTxRequestsPerPeer(),
            // Counted until an answer is written, which a requester cannot see: room for its next request.
            RequestServer.Kind.SNAP, SNAP_REQUESTS_PER_PEER), config.servingMaxUnwrittenBytes());
    RequestIntake intake = new RequestIntake(serving, new BlockServer(chain, ProtocolLimits.MAX_BLOCKS_RESPONSE_BYTES),
        new TxServer(chain, txs::markKnown), new SnapServer(chain), penalizer);
    ProtocolRouter router = new ProtocolRouter(consensus, txs, blocks, requests, snapRequests, intake, exchange);
    this.setup = new ConnectionSetup(config, self, TlsContexts.create(NodeCertificate.create(nodeKey), clock), clock,
        bans, new NetworkPenalties(scores), registry, router, this::status, channels);
    this.connector = new OutboundConnector(config, workers, setup, closed);
    // Without discovery the dialer is given a book that nothing fills: it dials the configured peers only.
    AddressBook dialFrom = config.discovery() ? book : new AddressBook(self, new AddressBook.Limits(1, 1, 1),
        System::currentTimeMillis, new Random());
    this.dialer = new Dialer(self, config.staticPeers(), config.bootnodes(), config.maxOutbound(), registry, dialFrom, bans,
        new Backoff(config.reconnectBase(), config.reconnectCap()), connector::dial, System::nanoTime);
    registry.addListener(new SessionEvents(registry, scores, book, handler, consensus, txs, blocks, requests, snapRequests,
        exchange));
  }

  /**
   * Binds {@code config.host():config.port()} and starts dialing bootnodes and static peers.
   *
   * @throws IllegalArgumentException when {@code status} is of another chain than {@code config}
   * @throws IllegalStateException when the port cannot be bound
   */
  public static P2pNetwork start(P2pConfig config, KeyPair nodeKey, ChainStatus status, P2pHandler handler) {
    if (status.chainId() != config.chainId() || !status.genesisHash().equals(config.genesisHash())) {
      throw new IllegalArgumentException("the chain status (chain id " + status.chainId() + ", genesis "
          + status.genesisHash() + ") is not the configured chain (" + config.chainId() + ", " + config.genesisHash() + ")");
    }
    P2pNetwork network = new P2pNetwork(config, nodeKey, status, handler);
    try {
      network.bind();
    } catch (RuntimeException e) {
      network.close();
      throw e;
    }
    return network;
  }

  private void bind() {
    ServerBootstrap b = new ServerBootstrap().group(boss, workers).channel(NioServerSocketChannel.class)
        .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, OutboundConnector.WATER_MARK)
        .childOption(ChannelOption.TCP_NODELAY, true)
        .childHandler(setup.inbound());
    ChannelFuture bound = b.bind(config.host(), config.port()).awaitUninterruptibly();
    if (!bound.isSuccess()) {
      throw new IllegalStateException("cannot listen on " + config.host() + ":" + config.port() + ": "
          + bound.cause().getMessage(), bound.cause());
    }
    server = bound.channel();
    port = ((InetSocketAddress) server.localAddress()).getPort();
    LOG.info("P2P listening on {}", enode());
    maintenance = workers.next().scheduleWithFixedDelay(this::maintain, 0, config.dialInterval().toMillis(),
        TimeUnit.MILLISECONDS);
  }

  /**
   * Answers are built here, not on the I/O threads. Each peer has at most one task queued or
   * running (RequestServer), so the queue bounds itself; a rejected task is retried later.
   */
  private static ThreadPoolExecutor servingPool(P2pConfig config) {
    return new ThreadPoolExecutor(config.servingThreads(), config.servingThreads(), 0, TimeUnit.MILLISECONDS,
        new ArrayBlockingQueue<>(Math.max(64, 2 * config.maxPeers())), new DefaultThreadFactory("p2p-serve", true));
  }

  private void maintain() {
    try {
      dialer.tick();
      bans.purge();
      exchange.tick();
      if (++ticks % SAVE_EVERY_TICKS == 0) {
        bookFile.ifPresent(f -> f.save(book));
      }
    } catch (RuntimeException e) {
      LOG.error("P2P maintenance failed", e);
    }
  }

  private Status status() {
    return new Status(config.protocolVersion(), config.chainId(), config.genesisHash(), chain.headHeight(),
        chain.headHash(), port, config.protocolVersion() >= Status.EARLIEST_SINCE ? chain.earliestHeight() : 1);
  }

  /** The bound port (the ephemeral one when configured as 0). */
  public int port() {
    return port;
  }

  public PeerId nodeId() {
    return self;
  }

  /** {@code peerchain://<node-id>@host:port}; a wildcard bind address shows as 127.0.0.1. */
  public String enode() {
    String host = config.host().equals("0.0.0.0") || config.host().equals("::") ? "127.0.0.1" : config.host();
    return PeerAddress.of(self, host, port).toString();
  }

  public int peerCount() {
    return registry.size();
  }

  public List<PeerInfo> peers() {
    return registry.sessions().stream().map(s -> s.info(scores.points(s.id()))).toList();
  }

  /** Gossips our own consensus message (ConsensusMessageCodec bytes) to every peer. */
  public void broadcastConsensus(byte[] message) {
    consensus.broadcast(message);
  }

  /** Pushes the transactions to about sqrt(n) peers and announces their hashes to the others. */
  public void announceTxs(List<Transaction> transactions) {
    if (!transactions.isEmpty()) {
      txs.announce(transactions);
    }
  }

  public void announceBlock(long height, Hash hash) {
    blocks.announce(height, hash);
  }

  /**
   * Asks {@code peer} for up to {@code count} (at most 128) blocks from {@code from}. Completes with
   * a prefix of the range (possibly empty), or fails on timeout, disconnect or an invalid answer.
   */
  public CompletableFuture<List<BlockWithCertificate>> requestBlocks(PeerId peer, long from, int count) {
    return registry.get(peer)
        .map(s -> requests.request(s, from, count))
        .orElseGet(() -> CompletableFuture.failedFuture(new IllegalStateException("not connected to " + peer.shortId())));
  }

  /** The protocol version of the session with {@code peer}; empty when not connected. */
  public OptionalInt protocolVersion(PeerId peer) {
    return registry.get(peer).map(s -> OptionalInt.of(s.protocolVersion())).orElse(OptionalInt.empty());
  }

  /** Asks a peer of protocol version 3 or later which heights' state it serves. */
  public CompletableFuture<List<SnapshotHeight>> requestSnapshotHeights(PeerId peer) {
    return registry.get(peer)
        .map(snapRequests::heights)
        .orElseGet(() -> CompletableFuture.failedFuture(new IllegalStateException("not connected to " + peer.shortId())));
  }

  /**
   * Asks a peer for the accounts of {@code root} in {@code [start, limit]} with a proof of the
   * range's edges. Completes with its answer as sent (the caller verifies the proof and charges a
   * peer whose range does not prove), or fails on timeout, disconnect or a malformed answer.
   */
  public CompletableFuture<AccountRange> requestAccountRange(PeerId peer, Hash root, Hash start, Hash limit,
      int byteBudget) {
    return registry.get(peer)
        .map(s -> snapRequests.range(s, root, start, limit, byteBudget))
        .orElseGet(() -> CompletableFuture.failedFuture(new IllegalStateException("not connected to " + peer.shortId())));
  }

  public void disconnect(PeerId peer, DisconnectReason reason, String text) {
    registry.get(peer).ifPresent(s -> s.disconnect(reason, text));
  }

  /** Lowers the peer's score; at the threshold it is banned and dropped. */
  public void penalize(PeerId peer, int points, String why) {
    Optional<PeerSession> s = registry.get(peer);
    if (scores.penalize(peer, s.map(x -> x.connection().remoteIp()).orElse(null), points, why) && s.isPresent()) {
      s.get().disconnect(DisconnectReason.BANNED, why);
    }
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    if (maintenance != null) {
      maintenance.cancel(false);
    }
    registry.sessions().forEach(s -> s.disconnect(DisconnectReason.SHUTDOWN, "shutting down"));
    if (server != null) {
      server.close().awaitUninterruptibly(1, TimeUnit.SECONDS);
    }
    channels.newCloseFuture().awaitUninterruptibly(500, TimeUnit.MILLISECONDS);
    channels.close().awaitUninterruptibly(1, TimeUnit.SECONDS);
    bookFile.ifPresent(f -> f.save(book));
    servingPool.shutdownNow();
    workers.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(3, TimeUnit.SECONDS);
    boss.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(3, TimeUnit.SECONDS);
  }

  AddressBook addressBook() {
    return book;
  }

  /** Penalty points of any node id, connected or not (tests and diagnostics). */
  int score(PeerId peer) {
    return scores.points(peer);
  }

  boolean isBanned(PeerId peer) {
    return bans.isBanned(peer);
  }
}
