package org.peerchain.p2p.session;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import java.util.Optional;
import org.peerchain.core.types.Hash;
import org.peerchain.p2p.api.PeerInfo;
import org.peerchain.p2p.identity.PeerAddress;
import org.peerchain.p2p.identity.PeerId;
import org.peerchain.p2p.protocol.DisconnectReason;
import org.peerchain.p2p.protocol.Message;
import org.peerchain.p2p.protocol.MessageCodec;
import org.peerchain.p2p.protocol.ProtocolLimits;
import org.peerchain.p2p.protocol.ProtocolVersions;
import org.peerchain.p2p.transport.ConnectionInfo;
import org.peerchain.p2p.transport.Disconnects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One established connection. Sends are bounded in bytes ({@link OutboundLimits}): droppable
 * gossip is not queued while the channel is unwritable or over the soft limit, and a peer that
 * leaves more than the hard limit of other frames unwritten is dropped as too slow rather than
 * allowed to grow our memory.
 */
public final class PeerSession {
  private static final Logger LOG = LoggerFactory.getLogger(PeerSession.class);

  private final Channel channel;
  private final ConnectionInfo connection;
  private final boolean staticPeer;
  private final Optional<PeerAddress> listenAddress;
  private final OutboundQueue queue;
  private final int protocolVersion;
  private final long earliest;
  private volatile long headHeight;
  private volatile Hash headHash;

  public PeerSession(Channel channel, ConnectionInfo connection, boolean staticPeer,
      Optional<PeerAddress> listenAddress, long headHeight, Hash headHash, OutboundLimits limits) {
    this(channel, connection, staticPeer, listenAddress, headHeight, headHash, limits, ProtocolVersions.CURRENT);
  }

  /** A session that runs at {@code protocolVersion}, the version both sides agreed on, with a peer holding all its blocks. */
  public PeerSession(Channel channel, ConnectionInfo connection, boolean staticPeer,
      Optional<PeerAddress> listenAddress, long headHeight, Hash headHash, OutboundLimits limits,
      int protocolVersion) {
    this(channel, connection, staticPeer, listenAddress, headHeight, headHash, limits, protocolVersion, 1);
  }

  /** As above, with the peer's announced {@code earliest} block (its Status). */
  public PeerSession(Channel channel, ConnectionInfo connection, boolean staticPeer,
      Optional<PeerAddress> listenAddress, long headHeight, Hash headHash, OutboundLimits limits,
      int protocolVersion, long earliest) {
    this.protocolVersion = protocolVersion;
    this.earliest = earliest;
    this.channel = channel;
    this.connection = connection;
    this.staticPeer = staticPeer;
    this.listenAddress = listenAddress;
    this.headHeight = headHeight;
    this.headHash = headHash;
    this.queue = new OutboundQueue(limits);
  }

  /** A session with the default byte limits and a cap of {@code maxPending} unwritten frames. */
  public PeerSession(Channel channel, ConnectionInfo connection, boolean staticPeer,
      Optional<PeerAddress> listenAddress, long headHeight, Hash headHash, int maxPending) {
    this(channel, connection, staticPeer, listenAddress, headHeight, headHash, OutboundLimits.ofFrames(maxPending));
  }

  public PeerId id() {
    return connection.peerId();
  }

  public Channel channel() {
    return channel;
  }

  public ConnectionInfo connection() {
    return connection;
  }

  /** The protocol version both sides agreed on: no message of a later version goes either way. */
  public int protocolVersion() {
    return protocolVersion;
  }

  public boolean outbound() {
    return connection.outbound();
  }

  public boolean staticPeer() {
    return staticPeer;
  }

  /** Where the peer accepts connections, when it told us (or we dialed it there). */
  public Optional<PeerAddress> listenAddress() {
    return listenAddress;
  }

  public long headHeight() {
    return headHeight;
  }

  /** The lowest height the peer announced it holds blocks from (its Status): it is not asked below. */
  public long earliest() {
    return earliest;
  }

  /** Whether the peer announced it holds block {@code height}. */
  public boolean holds(long height) {
    return height >= earliest && height <= headHeight;
  }

  /** Moves the peer's known head forward (announcements may arrive out of order). */
  public void updateHead(long height, Hash hash) {
    synchronized (this) {
      if (height > headHeight) {
        headHeight = height;
        headHash = hash;
      }
    }
  }

  /** Frames handed to the channel and not yet written. */
  public int pending() {
    return queue.frames();
  }

  /** Bytes of frames handed to the channel and not yet written. */
  public long queuedBytes() {
    return queue.bytes();
  }

  public OutboundLimits limits() {
    return queue.limits();
  }

  /**
   * Whether the peer is behind on reading: the channel is unwritable or our queue is past its soft
   * limit. Work whose only product is more frames for this peer (answers) waits while it is.
   */
  public boolean congested() {
    return !channel.isWritable() || queue.bytes() >= queue.limits().softBytes();
  }

  public boolean send(Message message) {
    byte[] frame = MessageCodec.encodeFrame(message).toArray();
    if (frame.length - 4 > ProtocolLimits.MAX_FRAME_BYTES) {
      LOG.error("Not sending a {} message of {} bytes to {}: over the frame limit", message.type(), frame.length, this);
      return false;
    }
    return sendFrame(frame, false);
  }

  /**
   * Writes an encoded frame (shared read-only between peers). Droppable frames (announcements)
   * are skipped while the channel is unwritable or the queue is past its soft limit; another frame
   * past the hard limit drops the peer. Returns whether the frame was queued.
   */
  public boolean sendFrame(byte[] frame, boolean droppable) {
    return queueFrame(frame, droppable).isPresent();
  }

  /** As {@link #sendFrame}, returning the write's future when the frame was queued. */
  public Optional<ChannelFuture> queueFrame(byte[] frame, boolean droppable) {
    if (!channel.isActive() || Disconnects.closingReason(channel) != null) {
      return Optional.empty();
    }
    if (droppable && !channel.isWritable()) {
      return Optional.empty();
    }
    OutboundQueue.Admission admission = queue.reserve(frame.length, droppable);
    if (admission == OutboundQueue.Admission.DROPPED) {
      return Optional.empty();
    }
    if (admission == OutboundQueue.Admission.OVERFLOW) {
      LOG.debug("Peer {} leaves {} bytes in {} frames unwritten; dropping it as too slow", id().shortId(),
          queue.bytes(), queue.frames());
      Disconnects.close(channel, DisconnectReason.SLOW_PEER, "outbound queue full");
      return Optional.empty();
    }
    // Released however the write ends: written, failed, or discarded when the channel closes.
    ChannelFuture written = channel.writeAndFlush(Unpooled.wrappedBuffer(frame));
    written.addListener(f -> queue.release(frame.length));
    return Optional.of(written);
  }

  public void disconnect(DisconnectReason reason, String text) {
    Disconnects.close(channel, reason, text);
  }

  public PeerInfo info(int score) {
    return new PeerInfo(id(), String.valueOf(connection.remote()), listenAddress, outbound(), staticPeer,
        headHeight, headHash, score, earliest);
  }

  @Override
  public String toString() {
    return id().shortId() + (outbound() ? "(out)" : "(in)");
  }
}
