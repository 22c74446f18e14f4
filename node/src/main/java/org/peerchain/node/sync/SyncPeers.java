package org.peerchain.node.sync;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.peerchain.p2p.P2pNetwork;
import org.peerchain.p2p.api.PeerInfo;
import org.peerchain.p2p.identity.PeerId;
import org.peerchain.p2p.protocol.BlockWithCertificate;

/** The network as sync uses it: the peers' heads, asking one for blocks, charging one for a provable fault. */
interface SyncPeers {
  Map<PeerId, Long> heads();

  /**
   * The lowest block each peer announced it holds; a peer missing here holds all from 1. A peer
   * that joined by snap sync has none below its pivot and is not asked for them.
   */
  default Map<PeerId, Long> earliest() {
    return Map.of();
  }

  /** Up to {@code count} blocks from {@code from}; completes with a prefix of the range, or fails. */
  CompletableFuture<List<BlockWithCertificate>> requestBlocks(PeerId peer, long from, int count);

  void penalize(PeerId peer, int points, String why);

  static SyncPeers of(P2pNetwork p2p) {
    return new SyncPeers() {
      @Override
      public Map<PeerId, Long> heads() {
        Map<PeerId, Long> heads = new HashMap<>();
        for (PeerInfo p : p2p.peers()) {
          heads.put(p.id(), p.headHeight());
        }
        return heads;
      }

      @Override
      public Map<PeerId, Long> earliest() {
        Map<PeerId, Long> earliest = new HashMap<>();
        for (PeerInfo p : p2p.peers()) {
          earliest.put(p.id(), p.earliestHeight());
        }
        return earliest;
      }

      @Override
      public CompletableFuture<List<BlockWithCertificate>> requestBlocks(PeerId peer, long from, int count) {
        return p2p.requestBlocks(peer, from, count);
      }

      @Override
      public void penalize(PeerId peer, int points, String why) {
        p2p.penalize(peer, points, why);
      }
    };
  }
}
