package org.peerchain.p2p.session;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.peerchain.core.types.Hash;
import org.peerchain.p2p.api.PeerInfo;
import org.peerchain.p2p.identity.PeerAddress;
import org.peerchain.p2p.identity.PeerId;
import org.peerchain.p2p.protocol.DisconnectReason;
import org.peerchain.p2p.protocol.Message;
import org.peerchain.p2p.protocol.MessageCodec;
import org.peerchain.p2p.protocol.ProtocolLimits;
import org.peerchain.p2p.transport.ConnectionInfo;
import org.peerchain.p2p.transport.Disconnects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One established connection. Sends are bounded: a peer that leaves more than
 * {@code maxPending} of our frames unwritten is dropped as too slow rather than allowed to grow
 * our memory, and droppable gossip is not even queued while the channel is over its high water mark.
 */
public final class PeerSession {
  private static final Logger LOG = LoggerFactory.getLogger(PeerSession.class);

  private final Channel channel;
  private final ConnectionInfo connection;
  private final boolean staticPeer;
  private final Optional<PeerAddress> listenAddress;
  private final int maxPending;
  private final AtomicInteger pending = new AtomicInteger();
  private volatile long headHeight;
  private volatile Hash headHash;

  public PeerSession(Channel channel, ConnectionInfo connection, boolean staticPeer,
      Optional<PeerAddress> listenAddress, long headHeight, Hash headHash, int maxPending) {
    this.channel = channel;
    this.connection = connection;
    this.staticPeer = staticPeer;
    this.listenAddress = listenAddress;
    this.headHeight = headHeight;
    this.headHash = headHash;
    this.maxPending = maxPending;
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

  /** Moves the peer's known head forward (announcements may arrive out of order). */
  public void updateHead(long height, Hash hash) {
    synchronized (this) {
      if (height > headHeight) {
        headHeight = height;
        headHash = hash;
      }
    }
  }

  public int pending() {
    return pending.get();
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
   * are skipped while the channel is not writable. Returns whether the frame was queued.
   */
  public boolean sendFrame(byte[] frame, boolean droppable) {
    if (!channel.isActive() || Disconnects.closingReason(channel) != null) {
      return false;
    }
    if (droppable && !channel.isWritable()) {
      return false;
    }
    if (pending.incrementAndGet() > maxPending) {
      pending.decrementAndGet();
      LOG.debug("Peer {} has {} frames unwritten; dropping it as too slow", id().shortId(), maxPending);
      Disconnects.close(channel, DisconnectReason.SLOW_PEER, "outbound queue full");
      return false;
    }
    channel.writeAndFlush(Unpooled.wrappedBuffer(frame)).addListener(f -> pending.decrementAndGet());
    return true;
  }

  public void disconnect(DisconnectReason reason, String text) {
    Disconnects.close(channel, reason, text);
  }

  public PeerInfo info(int score) {
    return new PeerInfo(id(), String.valueOf(connection.remote()), listenAddress, outbound(), staticPeer,
        headHeight, headHash, score);
  }

  @Override
  public String toString() {
    return id().shortId() + (outbound() ? "(out)" : "(in)");
  }
}
