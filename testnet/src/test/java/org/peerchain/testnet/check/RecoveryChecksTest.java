package org.peerchain.testnet.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.peerchain.testnet.rpc.BlockSummary;

class RecoveryChecksTest {
  static final List<String> NODES = List.of("a", "b", "c");

  static HeadSample at(long ms, long a, long b, long c) {
    return new HeadSample(ms, Map.of("a", a, "b", b, "c", c));
  }

  @Test
  void healToProgressWaitsForEveryNodeToPassTheHighestHeadOfTheHeal() {
    List<HeadSample> s = List.of(at(0, 5, 5, 5), at(1_000, 9, 9, 5), at(2_000, 10, 10, 5), at(3_000, 11, 11, 9),
        at(4_000, 12, 12, 10), at(5_000, 12, 12, 11));
    assertThat(RecoveryChecks.healToProgressMs(s, 1_000, NODES)).hasValue(3_000);
    assertThat(RecoveryChecks.healToProgressMs(s, 4_500, NODES)).isEmpty();
    assertThat(RecoveryChecks.healToProgressMs(List.of(), 0, NODES)).isEmpty();
  }

  @Test
  void aNodeHitByALaterFaultIsNotChargedToThisHeal() {
    List<HeadSample> s = List.of(at(0, 5, 5, 5), at(1_000, 6, 6, 6), at(2_000, 7, 7, 5), at(3_000, 8, 8, 5));
    assertThat(RecoveryChecks.healToProgressMs(s, 0, NODES)).hasValue(1_000);
    assertThat(RecoveryChecks.healToProgressMs(s, 1_000, NODES)).isEmpty();
    // c was killed by the next fault from 1.5 s on: a and b moving on is this heal's recovery.
    assertThat(RecoveryChecks.healToProgressMs(s, 1_000, NODES, (atMs, node) -> node.equals("c") && atMs >= 1_500))
        .hasValue(1_000);
  }

  @Test
  void progressOfASideCountsItsHighestHead() {
    List<HeadSample> s = List.of(at(0, 5, 5, 5), at(1_000, 7, 6, 5), at(2_000, 9, 9, 5));
    assertThat(RecoveryChecks.progress(s, 0, 2_000, List.of("a", "b"))).hasValue(4);
    assertThat(RecoveryChecks.progress(s, 0, 2_000, List.of("c"))).hasValue(0);
    assertThat(RecoveryChecks.progress(s, 1_500, 2_500, List.of("a"))).isEqualTo(OptionalLong.empty());
  }

  @Test
  void aHeadSeenDuringAFaultThatIsNotTheFinalBlockIsAFork() {
    ChainView v = ChainView.of("b", 2, List.of(block(0, "0x00"), block(1, "0x11"), block(2, "0x22")));
    assertThat(RecoveryChecks.forks(List.of(v), List.of(new HeadObservation("a", 2, "0x22")))).isEmpty();
    assertThat(RecoveryChecks.forks(List.of(v), List.of(new HeadObservation("a", 1, "0xff"))))
        .singleElement().asString().contains("a had 0xff at #1", "b has 0x11");
    assertThat(RecoveryChecks.forks(List.of(v), List.of(new HeadObservation("a", 9, "0x99")))).isEmpty();
  }

  static BlockSummary block(long n, String hash) {
    return new BlockSummary(n, hash, "0x", "0xroot", 0, List.of());
  }
}
