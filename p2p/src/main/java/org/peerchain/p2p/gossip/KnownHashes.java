package org.peerchain.p2p.gossip;

import java.util.concurrent.ConcurrentHashMap;
import org.peerchain.core.types.Hash;
import org.peerchain.p2p.identity.PeerId;

/** Per peer, the hashes it sent us or we sent it, so nothing goes to a peer that has it. */
final class KnownHashes {
  private final int perPeer;
  private final ConcurrentHashMap<PeerId, SeenCache> byPeer = new ConcurrentHashMap<>();

  KnownHashes(int perPeer) {
    this.perPeer = perPeer;
  }

  /** Marks {@code hash} known to {@code peer}; true when it was not known before. */
  boolean mark(PeerId peer, Hash hash) {
    return byPeer.computeIfAbsent(peer, p -> new SeenCache(perPeer)).add(hash);
  }

  boolean knows(PeerId peer, Hash hash) {
    SeenCache c = byPeer.get(peer);
    return c != null && c.contains(hash);
  }

  void forget(PeerId peer) {
    byPeer.remove(peer);
  }
}
