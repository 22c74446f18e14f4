package org.peerchain.node.sync.snap;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.peerchain.core.types.Hash;
import org.peerchain.p2p.P2pNetwork;
import org.peerchain.p2p.api.PeerInfo;
import org.peerchain.p2p.identity.PeerId;
import org.peerchain.p2p.protocol.AccountRange;
import org.peerchain.p2p.protocol.BlockWithCertificate;
import org.peerchain.p2p.protocol.ProtocolVersions;
import org.peerchain.p2p.protocol.SnapshotHeight;

/** The network as snap sync uses it: peers that speak snapshots, their heads, requests, penalties. */
interface SnapPeers {
  /** Connected peers of protocol version 3 or later, with the heads they announced. */
  Map<PeerId, Long> heads();

  CompletableFuture<List<SnapshotHeight>> heights(PeerId peer);

  CompletableFuture<AccountRange> range(PeerId peer, Hash root, Hash start, Hash limit, int byteBudget);

  CompletableFuture<List<BlockWithCertificate>> blocks(PeerId peer, long from, int count);

  void penalize(PeerId peer, int points, String why);

  static SnapPeers of(P2pNetwork p2p) {
    return new SnapPeers() {
      @Override
      public Map<PeerId, Long> heads() {
        Map<PeerId, Long> heads = new HashMap<>();
        for (PeerInfo p : p2p.peers()) {
          if (p2p.protocolVersion(p.id()).orElse(0) >= ProtocolVersions.CURRENT) {
            heads.put(p.id(), p.headHeight());
          }
        }
        return heads;
      }

      @Override
      public CompletableFuture<List<SnapshotHeight>> heights(PeerId peer) {
        return p2p.requestSnapshotHeights(peer);
      }

      @Override
      public CompletableFuture<AccountRange> range(PeerId peer, Hash root, Hash start, Hash limit, int byteBudget) {
        return p2p.requestAccountRange(peer, root, start, limit, byteBudget);
      }

      @Override
      public CompletableFuture<List<BlockWithCertificate>> blocks(PeerId peer, long from, int count) {
        return p2p.requestBlocks(peer, from, count);
      }

      @Override
      public void penalize(PeerId peer, int points, String why) {
        p2p.penalize(peer, points, why);
      }
    };
  }
}
