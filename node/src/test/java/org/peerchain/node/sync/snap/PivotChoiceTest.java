package org.peerchain.node.sync.snap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.peerchain.core.types.Hash;
import org.peerchain.p2p.identity.PeerId;
import org.peerchain.p2p.protocol.SnapshotHeight;

class PivotChoiceTest {
  private static final PeerId A = PeerId.fromHex("aa".repeat(64));
  private static final PeerId B = PeerId.fromHex("bb".repeat(64));
  private static final PeerId C = PeerId.fromHex("cc".repeat(64));

  private static SnapshotHeight at(long h, String root) {
    return new SnapshotHeight(h, Hash.fromHexString("0x" + "0" + Long.toHexString(h % 10) + "11".repeat(31)),
        Hash.fromHexString("0x" + root.repeat(32)));
  }

  @Test
  void theNewestHeightOfferedAlikeByTwoPeersComesFirst() {
    Map<PeerId, List<SnapshotHeight>> offers = Map.of(
        A, List.of(at(100, "01"), at(200, "02"), at(300, "03")),
        B, List.of(at(100, "01"), at(200, "02")),
        C, List.of(at(200, "02"), at(300, "ff")));
    List<PivotChoice.Candidate> ranked = PivotChoice.rank(offers, 2);
    assertThat(ranked).extracting(c -> c.height().height()).containsExactly(200L, 100L);
    assertThat(ranked.get(0).peers()).containsExactlyInAnyOrder(A, B, C);
  }

  @Test
  void aLonePeerIsEnoughWhenItIsTheOnlyOneThatAnswered() {
    List<PivotChoice.Candidate> ranked = PivotChoice.rank(Map.of(A, List.of(at(100, "01"))), 2);
    assertThat(ranked).extracting(c -> c.height().height()).containsExactly(100L);
  }

  @Test
  void noOffersNoCandidates() {
    assertThat(PivotChoice.rank(Map.of(A, List.of(), B, List.of()), 2)).isEmpty();
  }
}
