package org.peerchain.node.sync.snap;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.peerchain.core.types.Hash;
import org.peerchain.node.sync.snap.KeySpace.KeyRange;
import org.peerchain.node.sync.snap.RangePlan.Task;
import org.peerchain.p2p.identity.PeerId;

class RangePlanTest {
  private static final PeerId A = PeerId.fromHex("aa".repeat(64));
  private static final PeerId B = PeerId.fromHex("bb".repeat(64));

  private static BigInteger n(Hash h) {
    return h.bytes().toUnsignedBigInteger();
  }

  @Property(tries = 50)
  void partsCoverTheKeySpaceExactlyOnce(@ForAll @IntRange(min = 1, max = 300) int parts) {
    List<KeyRange> ranges = KeySpace.split(parts);
    assertThat(ranges).hasSize(parts);
    assertThat(ranges.get(0).start()).isEqualTo(Hash.ZERO);
    assertThat(ranges.get(parts - 1).limit()).isEqualTo(KeySpace.MAX);
    for (int i = 1; i < parts; i++) {
      assertThat(n(ranges.get(i).start())).isEqualTo(n(ranges.get(i - 1).limit()).add(BigInteger.ONE));
    }
  }

  @Test
  void theKeyAfterTheLastIsNone() {
    assertThat(KeySpace.after(KeySpace.MAX)).isEmpty();
    assertThat(KeySpace.after(Hash.ZERO).map(RangePlanTest::n)).contains(BigInteger.ONE);
  }

  @Test
  void aPartIsAskedOfOnePeerUntilNothingElseIsLeftThenOfASecond() {
    RangePlan plan = RangePlan.fresh(2);
    Task first = plan.take(A).orElseThrow();
    Task second = plan.take(A).orElseThrow();
    assertThat(Set.of(first.index(), second.index())).containsExactlyInAnyOrder(0, 1);
    // Nothing unasked is left: B gets a part A has, as a second source; a third ask of a part is never made.
    Task duplicate = plan.take(B).orElseThrow();
    assertThat(duplicate.index()).isIn(0, 1);
    Task other = plan.take(B).orElseThrow();
    assertThat(other.index()).isNotEqualTo(duplicate.index());
    assertThat(plan.take(B)).isEmpty();
    assertThat(plan.take(A)).isEmpty();
  }

  @Test
  void aPartialAnswerMovesThePartOnAndTheSlowerDuplicateIsNotWritten() {
    RangePlan plan = RangePlan.fresh(1);
    Task a = plan.take(A).orElseThrow();
    Task b = plan.take(B).orElseThrow();
    Hash last = Hash.fromHexString("0x" + "10".repeat(32));
    assertThat(plan.proven(a, A, Optional.of(last), true)).isTrue();
    assertThat(plan.remaining().get(0)).isEqualTo(KeySpace.after(last).orElseThrow());
    assertThat(plan.proven(b, B, Optional.of(last), true)).as("B's answer began at the old start").isFalse();
    Task rest = plan.take(B).orElseThrow();
    assertThat(rest.start()).isEqualTo(KeySpace.after(last).orElseThrow());
    assertThat(plan.proven(rest, B, Optional.empty(), false)).isTrue();
    assertThat(plan.done()).isTrue();
    assertThat(plan.fractionDone()).isEqualTo(1.0);
  }

  @Test
  void aFailedRequestFreesThePartForAnotherPeer() {
    RangePlan plan = RangePlan.fresh(1);
    Task a = plan.take(A).orElseThrow();
    assertThat(plan.askedOf(A)).isEqualTo(1);
    plan.release(a, A);
    assertThat(plan.askedOf(A)).isZero();
    assertThat(plan.take(B).orElseThrow().start()).isEqualTo(Hash.ZERO);
  }

  @Test
  void resumingAsksOnlyForWhatIsMissing() {
    List<KeyRange> parts = KeySpace.split(4);
    Hash midSecond = KeySpace.after(parts.get(1).start()).orElseThrow();
    List<KeyRange> missing = List.of(new KeyRange(midSecond, parts.get(1).limit()), parts.get(3));
    RangePlan plan = RangePlan.resume(4, missing);
    assertThat(plan.remaining()).containsOnlyKeys(1, 3);
    assertThat(plan.remaining().get(1)).isEqualTo(midSecond);
    assertThat(plan.remaining().get(3)).isEqualTo(parts.get(3).start());
    Set<Integer> asked = new HashSet<>();
    plan.take(A).ifPresent(t -> asked.add(t.index()));
    plan.take(A).ifPresent(t -> asked.add(t.index()));
    assertThat(asked).containsExactlyInAnyOrder(1, 3);
  }
}
