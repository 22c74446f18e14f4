package org.peerchain.p2p.transport;

import io.netty.channel.Channel;
import io.netty.util.AttributeKey;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.Optional;
import org.peerchain.p2p.identity.PeerAddress;
import org.peerchain.p2p.identity.PeerId;

/**
 * What a connection is, once TLS has proved the peer's id: who, which side dialed, the address we
 * dialed (outbound only) and the remote socket address. Kept as a channel attribute.
 */
public record ConnectionInfo(PeerId peerId, boolean outbound, Optional<PeerAddress> dialed, InetSocketAddress remote) {
  public static final AttributeKey<ConnectionInfo> KEY = AttributeKey.valueOf("peerchain.connection");

  public ConnectionInfo {
    Objects.requireNonNull(peerId, "peerId");
    Objects.requireNonNull(dialed, "dialed");
    Objects.requireNonNull(remote, "remote");
  }

  /** The connection's info, or null before the TLS identity check. */
  public static ConnectionInfo of(Channel channel) {
    return channel.attr(KEY).get();
  }

  public InetAddress remoteIp() {
    return remote.getAddress();
  }
}
