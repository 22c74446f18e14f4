package org.peerchain.node.sync.snap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peerchain.p2p.identity.PeerId;
import org.peerchain.p2p.protocol.SnapshotHeight;

/**
 * Ranks the snapshot heights peers offer: newest first, among those that at least
 * {@code min(quorum, peers that answered)} peers offer alike (same height, block hash and state
 * root), so that one peer's claim alone does not pick the pivot while others answered. A claim is
 * still only a claim: the chosen block and its certificate are verified before any state is asked
 * for.
 */
final class PivotChoice {
  /** A height as offered, and who offers it. */
  record Candidate(SnapshotHeight height, Set<PeerId> peers) {}

  private PivotChoice() {}

  static List<Candidate> rank(Map<PeerId, List<SnapshotHeight>> offers, int quorum) {
    Map<SnapshotHeight, Set<PeerId>> byOffer = new HashMap<>();
    offers.forEach((peer, heights) -> heights.forEach(h -> byOffer.computeIfAbsent(h, k -> new LinkedHashSet<>()).add(peer)));
    int needed = Math.max(1, Math.min(quorum, offers.size()));
    List<Candidate> out = new ArrayList<>();
    byOffer.forEach((h, peers) -> {
      if (peers.size() >= needed) {
        out.add(new Candidate(h, Set.copyOf(peers)));
      }
    });
    out.sort(Comparator.comparingLong((Candidate c) -> c.height().height()).reversed()
        .thenComparing(c -> -c.peers().size()));
    return out;
  }
}
