package org.peerchain.p2p.gossip;

import io.netty.channel.embedded.EmbeddedChannel;
import java.util.List;
import java.util.Optional;
import org.peerchain.core.types.Hash;
import org.peerchain.p2p.P2pFixtures;
import org.peerchain.p2p.peers.PeerRegistry;
import org.peerchain.p2p.protocol.FrameEncoder;
import org.peerchain.p2p.protocol.Message;
import org.peerchain.p2p.session.PeerSession;

/** Sessions over EmbeddedChannels, registered in one registry. */
final class SessionFixtures {
  private SessionFixtures() {}

  static PeerSession session(int key, int maxPending, io.netty.channel.ChannelHandler... first) {
    EmbeddedChannel ch = new EmbeddedChannel(first);
    ch.pipeline().addLast(FrameEncoder.INSTANCE);
    return new PeerSession(ch, P2pFixtures.connection(P2pFixtures.id(key), true), false, Optional.empty(), 0,
        Hash.ZERO, maxPending);
  }

  static PeerSession admitted(PeerRegistry registry, int key) {
    PeerSession s = session(key, 64);
    try {
      registry.admit(s);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    return s;
  }

  static List<Message> written(PeerSession s) {
    return P2pFixtures.written((EmbeddedChannel) s.channel());
  }
}
