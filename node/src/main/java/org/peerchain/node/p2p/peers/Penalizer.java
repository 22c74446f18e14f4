package org.peerchain.node.p2p.peers;

/** Lowers a connected peer's score (and bans and drops it at the threshold). */
@FunctionalInterface
public interface Penalizer {
  void penalize(PeerSession peer, int points, String why);
}
