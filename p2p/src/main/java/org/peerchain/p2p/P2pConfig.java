package org.peerchain.p2p;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.peerchain.core.types.Hash;
import org.peerchain.p2p.identity.PeerAddress;
import org.peerchain.p2p.protocol.ProtocolLimits;
import org.peerchain.p2p.protocol.ProtocolVersions;
import org.peerchain.p2p.transport.InboundLimits;
import org.peerchain.p2p.session.OutboundLimits;

/**
 * Network settings. {@code port} 0 binds an ephemeral port. {@code maxPeers} counts inbound and
 * outbound connections; {@code maxPeers - maxOutbound} slots are for inbound ones. Static peers
 * count but are never refused or given up. {@code dataDir}, when present, holds the address book.
 * An inbound connection must finish TLS and the Status exchange within {@code inboundAuthTimeout};
 * until then it holds one of the {@code inboundLimits} pending places, never a peer slot. The
 * address book holds {@code addressBookSize} entries, at most {@code addressBookPerSubnet} in one
 * public /24 or /48 and {@code addressBookPerSource} learned from one sender's subnet; at most
 * {@code maxBans} ids (and as many addresses) are banned at once.
 * Build with {@link #builder(long, Hash)}; the constructor checks every value.
 *
 * <p>Outbound memory per peer: at most {@code maxPendingMessages} frames and
 * {@code outboundHardBytes} bytes unwritten (more drops the peer); gossip stops at
 * {@code outboundSoftBytes}. Requests (GetBlocks, GetTxs) are served on {@code servingThreads}
 * threads, at most {@code maxBlockRequestsPerPeer} / {@code maxTxRequestsPerPeer} outstanding per
 * peer, at most {@code servingBytesPerSecond} of answers per peer, and at most
 * {@code servingMaxUnwrittenBytes} of answers unwritten over all peers.
 *
 * <p>Without {@code discovery} the dialer dials only the bootnodes and static peers, never an address
 * learned from the book (peer exchange and inbound peers still fill the book, which is not dialed):
 * a node then reaches exactly the addresses it was given, as a testnet behind link proxies needs.
 */
public record P2pConfig(
    String host,
    int port,
    List<PeerAddress> bootnodes,
    List<PeerAddress> staticPeers,
    int maxPeers,
    int maxOutbound,
    int maxFrameBytes,
    Duration idleTimeout,
    Duration pingInterval,
    Duration banDuration,
    Hash genesisHash,
    long chainId,
    int protocolVersion,
    Optional<Path> dataDir,
    Duration handshakeTimeout,
    Duration requestTimeout,
    Duration dialInterval,
    Duration reconnectBase,
    Duration reconnectCap,
    int addressBookSize,
    int maxPendingMessages,
    int addressBookPerSubnet,
    int addressBookPerSource,
    int maxBans,
    Duration inboundAuthTimeout,
    InboundLimits inboundLimits,
    long outboundSoftBytes,
    long outboundHardBytes,
    int servingThreads,
    long servingBytesPerSecond,
    int maxBlockRequestsPerPeer,
    int maxTxRequestsPerPeer,
    long servingMaxUnwrittenBytes,
    boolean discovery) {

  /** The protocol version this code speaks; peers of {@link ProtocolVersions#OLDEST} and later are served. */
  public static final int PROTOCOL_VERSION = ProtocolVersions.CURRENT;

  public P2pConfig {
    Objects.requireNonNull(host, "host");
    bootnodes = List.copyOf(bootnodes);
    staticPeers = List.copyOf(staticPeers);
    Objects.requireNonNull(genesisHash, "genesisHash");
    Objects.requireNonNull(dataDir, "dataDir");
    require(port >= 0 && port <= 65535, "port must be in 0..65535, got " + port);
    require(maxPeers >= 1, "max peers must be at least 1, got " + maxPeers);
    require(maxOutbound >= 0 && maxOutbound <= maxPeers,
        "max outbound must be in 0..maxPeers (" + maxPeers + "), got " + maxOutbound);
    require(maxFrameBytes >= ProtocolLimits.HANDSHAKE_FRAME_BYTES && maxFrameBytes <= ProtocolLimits.MAX_FRAME_BYTES,
        "max frame bytes must be in " + ProtocolLimits.HANDSHAKE_FRAME_BYTES + ".." + ProtocolLimits.MAX_FRAME_BYTES
            + ", got " + maxFrameBytes);
    positive(idleTimeout, "idle timeout");
    positive(pingInterval, "ping interval");
    require(pingInterval.compareTo(idleTimeout) < 0, "ping interval must be shorter than the idle timeout");
    positive(banDuration, "ban duration");
    positive(handshakeTimeout, "handshake timeout");
    positive(requestTimeout, "request timeout");
    positive(dialInterval, "dial interval");
    positive(reconnectBase, "reconnect base delay");
    require(reconnectCap.compareTo(reconnectBase) >= 0, "reconnect cap must not be below the base delay");
    require(chainId >= 0, "chain id must not be negative");
    require(protocolVersion >= 0, "protocol version must not be negative");
    require(addressBookSize >= 1, "address book size must be at least 1");
    require(maxPendingMessages >= 1, "max pending messages must be at least 1");
    require(addressBookPerSubnet >= 1, "address book entries per subnet must be at least 1");
    require(addressBookPerSource >= 1, "address book entries per source must be at least 1");
    require(maxBans >= 1, "max bans must be at least 1");
    positive(inboundAuthTimeout, "inbound authentication timeout");
    Objects.requireNonNull(inboundLimits, "inboundLimits");
    require(outboundSoftBytes >= 1 && outboundSoftBytes <= outboundHardBytes,
        "outbound soft bytes must be in 1..outbound hard bytes (" + outboundHardBytes + "), got " + outboundSoftBytes);
    require(servingThreads >= 1, "serving threads must be at least 1");
    require(servingBytesPerSecond >= 1, "serving bytes per second must be at least 1");
    require(maxBlockRequestsPerPeer >= 1, "block requests per peer must be at least 1");
    require(maxTxRequestsPerPeer >= 1, "transaction requests per peer must be at least 1");
    require(servingMaxUnwrittenBytes >= 1, "serving max unwritten bytes must be at least 1");
  }

  public OutboundLimits outboundLimits() {
    return new OutboundLimits(maxPendingMessages, outboundSoftBytes, outboundHardBytes);
  }

  public static Builder builder(long chainId, Hash genesisHash) {
    return new Builder(chainId, genesisHash);
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  private static void positive(Duration d, String what) {
    require(d != null && !d.isNegative() && !d.isZero(), what + " must be positive");
  }

  /** Defaults suit a public node; tests shorten the timers. */
  public static final class Builder {
    private final long chainId;
    private final Hash genesisHash;
    private String host = "127.0.0.1";
    private int port = 30303;
    private List<PeerAddress> bootnodes = List.of();
    private List<PeerAddress> staticPeers = List.of();
    private int maxPeers = 50;
    private int maxOutbound = 16;
    private int maxFrameBytes = ProtocolLimits.MAX_FRAME_BYTES;
    private Duration idleTimeout = Duration.ofSeconds(30);
    private Duration pingInterval = Duration.ofSeconds(10);
    private Duration banDuration = Duration.ofHours(1);
    private int protocolVersion = PROTOCOL_VERSION;
    private Optional<Path> dataDir = Optional.empty();
    private Duration handshakeTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(10);
    private Duration dialInterval = Duration.ofSeconds(2);
    private Duration reconnectBase = Duration.ofSeconds(1);
    private Duration reconnectCap = Duration.ofMinutes(2);
    private int addressBookSize = 1000;
    private int maxPendingMessages = 4096;
    private int addressBookPerSubnet = 32;
    private int addressBookPerSource = 64;
    private int maxBans = 10_000;
    private Duration inboundAuthTimeout = Duration.ofSeconds(5);
    private InboundLimits inboundLimits = InboundLimits.DEFAULT;
    private long outboundSoftBytes = OutboundLimits.DEFAULT_SOFT_BYTES;
    private long outboundHardBytes = OutboundLimits.DEFAULT_HARD_BYTES;
    private int servingThreads = 2;
    private long servingBytesPerSecond = 8L << 20;
    // Our own sync keeps two ranges in flight per peer (node.sync.BlockSync).
    private int maxBlockRequestsPerPeer = 2;
    // A burst of announcements is pulled with up to 16 GetTxs of 256 hashes (one NewTxHashes of 4096).
    private int maxTxRequestsPerPeer = 16;
    private long servingMaxUnwrittenBytes = 64L << 20;
    private boolean discovery = true;

    private Builder(long chainId, Hash genesisHash) {
      this.chainId = chainId;
      this.genesisHash = genesisHash;
    }

    public Builder host(String v) { host = v; return this; }
    public Builder port(int v) { port = v; return this; }
    public Builder bootnodes(List<PeerAddress> v) { bootnodes = v; return this; }
    public Builder staticPeers(List<PeerAddress> v) { staticPeers = v; return this; }
    public Builder maxPeers(int v) { maxPeers = v; return this; }
    public Builder maxOutbound(int v) { maxOutbound = v; return this; }
    public Builder maxFrameBytes(int v) { maxFrameBytes = v; return this; }
    public Builder idleTimeout(Duration v) { idleTimeout = v; return this; }
    public Builder pingInterval(Duration v) { pingInterval = v; return this; }
    public Builder banDuration(Duration v) { banDuration = v; return this; }
    public Builder protocolVersion(int v) { protocolVersion = v; return this; }
    public Builder dataDir(Path v) { dataDir = Optional.ofNullable(v); return this; }
    public Builder handshakeTimeout(Duration v) { handshakeTimeout = v; return this; }
    public Builder requestTimeout(Duration v) { requestTimeout = v; return this; }
    public Builder dialInterval(Duration v) { dialInterval = v; return this; }
    public Builder reconnectBase(Duration v) { reconnectBase = v; return this; }
    public Builder reconnectCap(Duration v) { reconnectCap = v; return this; }
    public Builder addressBookSize(int v) { addressBookSize = v; return this; }
    public Builder maxPendingMessages(int v) { maxPendingMessages = v; return this; }
    public Builder addressBookPerSubnet(int v) { addressBookPerSubnet = v; return this; }
    public Builder addressBookPerSource(int v) { addressBookPerSource = v; return this; }
    public Builder maxBans(int v) { maxBans = v; return this; }
    public Builder inboundAuthTimeout(Duration v) { inboundAuthTimeout = v; return this; }
    public Builder inboundLimits(InboundLimits v) { inboundLimits = v; return this; }
    public Builder outboundSoftBytes(long v) { outboundSoftBytes = v; return this; }
    public Builder outboundHardBytes(long v) { outboundHardBytes = v; return this; }
    public Builder servingThreads(int v) { servingThreads = v; return this; }
    public Builder servingBytesPerSecond(long v) { servingBytesPerSecond = v; return this; }
    public Builder maxBlockRequestsPerPeer(int v) { maxBlockRequestsPerPeer = v; return this; }
    public Builder maxTxRequestsPerPeer(int v) { maxTxRequestsPerPeer = v; return this; }
    public Builder servingMaxUnwrittenBytes(long v) { servingMaxUnwrittenBytes = v; return this; }
    public Builder discovery(boolean v) { discovery = v; return this; }

    public P2pConfig build() {
      return new P2pConfig(host, port, bootnodes, staticPeers, maxPeers, maxOutbound, maxFrameBytes, idleTimeout,
          pingInterval, banDuration, genesisHash, chainId, protocolVersion, dataDir, handshakeTimeout, requestTimeout,
          dialInterval, reconnectBase, reconnectCap, addressBookSize, maxPendingMessages, addressBookPerSubnet,
          addressBookPerSource, maxBans, inboundAuthTimeout, inboundLimits, outboundSoftBytes, outboundHardBytes,
          servingThreads, servingBytesPerSecond, maxBlockRequestsPerPeer, maxTxRequestsPerPeer,
          servingMaxUnwrittenBytes, discovery);
    }
  }
}
