package org.peerchain.p2p.peers;

import org.peerchain.p2p.session.PeerSession;

/** Lowers a connected peer's score (and bans and drops it at the threshold). */
@FunctionalInterface
public interface Penalizer {
  void penalize(PeerSession peer, int points, String why);
}
