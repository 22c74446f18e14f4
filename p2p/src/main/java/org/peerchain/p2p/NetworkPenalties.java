package org.peerchain.p2p;

import io.netty.channel.Channel;
import org.peerchain.p2p.peers.PeerScores;
import org.peerchain.p2p.peers.Penalties;
import org.peerchain.p2p.protocol.DisconnectReason;
import org.peerchain.p2p.transport.ConnectionInfo;
import org.peerchain.p2p.transport.PenaltySink;

/** Turns a connection's fault into score points for its node id (unknown before TLS completes). */
record NetworkPenalties(PeerScores scores) implements PenaltySink {
  @Override
  public void penalize(Channel channel, DisconnectReason reason, String why) {
    ConnectionInfo info = ConnectionInfo.of(channel);
    if (info != null) {
      scores.penalize(info.peerId(), info.remoteIp(), Penalties.pointsFor(reason), reason + ": " + why);
    }
  }
}
