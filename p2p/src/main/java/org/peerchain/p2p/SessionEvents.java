package org.peerchain.p2p;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.peerchain.p2p.api.P2pHandler;
import org.peerchain.p2p.api.PeerInfo;
import org.peerchain.p2p.gossip.BlockAnnouncements;
import org.peerchain.p2p.gossip.Callbacks;
import org.peerchain.p2p.gossip.ConsensusGossip;
import org.peerchain.p2p.gossip.TxGossip;
import org.peerchain.p2p.identity.PeerId;
import org.peerchain.p2p.peers.AddressBook;
import org.peerchain.p2p.peers.BlockRequests;
import org.peerchain.p2p.peers.PeerExchange;
import org.peerchain.p2p.peers.PeerRegistry;
import org.peerchain.p2p.peers.PeerScores;
import org.peerchain.p2p.peers.SnapRequests;
import org.peerchain.p2p.session.PeerSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What follows a session's start and end: dial results, the address book, per-peer state, the node's callbacks. */
record SessionEvents(PeerRegistry registry, PeerScores scores, AddressBook book, P2pHandler handler,
    ConsensusGossip consensus, TxGossip txs, BlockAnnouncements blocks, BlockRequests requests, SnapRequests snapRequests,
    PeerExchange exchange)
    implements PeerRegistry.Listener {
  private static final Logger LOG = LoggerFactory.getLogger(SessionEvents.class);

  @Override
  public void added(PeerSession s) {
    CompletableFuture<Optional<PeerId>> dialed = s.channel().attr(OutboundConnector.DIAL).get();
    if (dialed != null) {
      dialed.complete(Optional.of(s.id()));
    }
    // Only our own successful dial proves an address; an inbound peer's listen port is its word.
    if (s.outbound()) {
      s.listenAddress().ifPresent(book::markSeen);
    } else {
      s.listenAddress().ifPresent(book::learnFromItself);
    }
    LOG.debug("Peer {} connected ({} peers)", s, registry.size());
    exchange.onConnected(s);
    PeerInfo info = s.info(scores.points(s.id()));
    Callbacks.safely("peer connected", () -> handler.onPeerConnected(info));
  }

  @Override
  public void removed(PeerSession s) {
    consensus.forget(s.id());
    txs.forget(s.id());
    blocks.forget(s.id());
    exchange.forget(s.id());
    requests.peerGone(s);
    snapRequests.peerGone(s);
    LOG.debug("Peer {} disconnected ({} peers)", s, registry.size());
    PeerInfo info = s.info(scores.points(s.id()));
    Callbacks.safely("peer disconnected", () -> handler.onPeerDisconnected(info));
  }
}
