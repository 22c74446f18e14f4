package org.peerchain.p2p.gossip;

import org.peerchain.core.types.Hash;
import org.peerchain.p2p.api.P2pHandler;
import org.peerchain.p2p.identity.PeerId;
import org.peerchain.p2p.peers.PeerRegistry;
import org.peerchain.p2p.protocol.MessageCodec;
import org.peerchain.p2p.protocol.NewBlock;
import org.peerchain.p2p.session.PeerSession;

/**
 * NewBlock announcements: ours go to every peer not known to have the block; a peer's moves its
 * known head and reaches the node once per block hash. They are not relayed: every node
 * announces the blocks it finalizes itself.
 */
public final class BlockAnnouncements {
  private final PeerRegistry peers;
  private final KnownHashes known;
  private final SeenCache seen;
  private final P2pHandler handler;

  public BlockAnnouncements(PeerRegistry peers, P2pHandler handler, int seenCapacity, int knownPerPeer) {
    this.peers = peers;
    this.handler = handler;
    this.seen = new SeenCache(seenCapacity);
    this.known = new KnownHashes(knownPerPeer);
  }

  public void announce(long height, Hash hash) {
    seen.add(hash);
    byte[] frame = MessageCodec.encodeFrame(new NewBlock(height, hash)).toArray();
    for (PeerSession s : peers.sessions()) {
      if (known.mark(s.id(), hash)) {
        s.sendFrame(frame, true);
      }
    }
  }

  public void onAnnouncement(PeerSession from, NewBlock m) {
    known.mark(from.id(), m.hash());
    from.updateHead(m.height(), m.hash());
    if (seen.add(m.hash())) {
      Callbacks.safely("new block", () -> handler.onNewBlock(from.id(), m.height(), m.hash()));
    }
  }

  public void forget(PeerId peer) {
    known.forget(peer);
  }
}
