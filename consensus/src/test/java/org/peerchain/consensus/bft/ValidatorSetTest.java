package org.peerchain.consensus.bft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.peerchain.core.genesis.GenesisValidator;
import org.peerchain.core.types.Address;

class ValidatorSetTest {

  private static List<GenesisValidator> validators(long... powers) {
    List<GenesisValidator> out = new ArrayList<>();
    for (int i = 0; i < powers.length; i++) {
      out.add(new GenesisValidator(BftTestKit.key(i).address(), powers[i]));
    }
    return out;
  }

  @Test
  void quorumIsStrictlyMoreThanTwoThirds() {
    assertThat(ValidatorSet.of(validators(1)).quorumPower()).isEqualTo(1);
    assertThat(ValidatorSet.of(validators(1, 1, 1)).quorumPower()).isEqualTo(3);
    assertThat(ValidatorSet.of(validators(1, 1, 1, 1)).quorumPower()).isEqualTo(3);
    assertThat(ValidatorSet.of(validators(1, 1, 1, 1, 1)).quorumPower()).isEqualTo(4);
    assertThat(ValidatorSet.of(validators(1, 1, 1, 1, 1, 1, 1)).quorumPower()).isEqualTo(5);
    assertThat(ValidatorSet.of(validators(1, 1, 1, 1)).skipPower()).isEqualTo(2);
    assertThat(ValidatorSet.of(validators(1, 1, 1)).skipPower()).isEqualTo(1);
    assertThat(ValidatorSet.of(validators(1, 1, 1, 1, 1, 1)).skipPower()).isEqualTo(2);
    assertThat(ValidatorSet.of(validators(1, 1, 1, 1, 1, 1, 1)).skipPower()).isEqualTo(3);
  }

  @Property
  void quorumIsMoreThanTwoThirdsAndSkipIsFPlusOne(@ForAll @LongRange(min = 1, max = ValidatorSet.MAX_TOTAL_POWER) long total) {
    ValidatorSet s = ValidatorSet.of(validators(total));
    java.math.BigInteger t = java.math.BigInteger.valueOf(total);
    java.math.BigInteger q = java.math.BigInteger.valueOf(s.quorumPower());
    java.math.BigInteger three = java.math.BigInteger.valueOf(3);
    assertThat(q.multiply(three).compareTo(t.shiftLeft(1))).isPositive();
    assertThat(q.subtract(java.math.BigInteger.ONE).multiply(three).compareTo(t.shiftLeft(1))).isNotPositive();
    // f is the largest faulty power with T > 3f, and a quorum is exactly T - f.
    java.math.BigInteger f = java.math.BigInteger.valueOf(s.maxFaultyPower());
    assertThat(f.multiply(three).compareTo(t)).isNegative();
    assertThat(f.add(java.math.BigInteger.ONE).multiply(three).compareTo(t)).isNotNegative();
    assertThat(s.quorumPower()).isEqualTo(total - s.maxFaultyPower());
    assertThat(s.skipPower()).isEqualTo(s.maxFaultyPower() + 1);
  }

  @Property
  void eachValidatorProposesInProportionToItsPower(
      @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 1, max = 9) Integer> powers,
      @ForAll @LongRange(min = 1, max = 1_000_000) long fromHeight) {
    ValidatorSet s = ValidatorSet.of(validators(powers.stream().mapToLong(Integer::longValue).toArray()));
    Map<Address, Integer> count = new HashMap<>();
    for (long h = fromHeight; h < fromHeight + s.totalPower(); h++) {
      count.merge(s.proposer(h, 0), 1, Integer::sum);
    }
    for (GenesisValidator v : s.validators()) {
      assertThat(count.getOrDefault(v.address(), 0)).isEqualTo((int) v.power());
    }
  }

  @Test
  void equalPowersTakeTurnsAcrossRounds() {
    ValidatorSet s = ValidatorSet.of(validators(1, 1, 1, 1));
    List<Address> round0to3 = new ArrayList<>();
    for (int r = 0; r < 4; r++) {
      round0to3.add(s.proposer(10, r));
    }
    assertThat(round0to3).doesNotHaveDuplicates();
  }

  @Test
  void theScheduleDoesNotDependOnTheGenesisOrder() {
    List<GenesisValidator> vs = validators(3, 1, 2, 5);
    List<GenesisValidator> shuffled = new ArrayList<>(vs);
    Collections.reverse(shuffled);
    ValidatorSet a = ValidatorSet.of(vs);
    ValidatorSet b = ValidatorSet.of(shuffled);
    assertThat(a).isEqualTo(b);
    for (int h = 1; h < 50; h++) {
      assertThat(a.proposer(h, h % 3)).isEqualTo(b.proposer(h, h % 3));
    }
  }

  @Test
  void hugeHeightsAndRoundsStillHaveAProposer() {
    ValidatorSet s = ValidatorSet.of(validators(2, 3));
    assertThat(s.contains(s.proposer(Long.MAX_VALUE, Integer.MAX_VALUE))).isTrue();
  }

  @Test
  void badSetsAreRejectedWithAClearError() {
    assertThatThrownBy(() -> ValidatorSet.of(List.of())).hasMessageContaining("at least one validator");
    GenesisValidator v = validators(1).get(0);
    assertThatThrownBy(() -> ValidatorSet.of(List.of(v, v))).hasMessageContaining("listed twice");
    assertThatThrownBy(() -> ValidatorSet.of(validators(ValidatorSet.MAX_TOTAL_POWER, 1)))
        .hasMessageContaining("total voting power");
  }

  @Test
  void powersAndMembership() {
    ValidatorSet s = ValidatorSet.of(validators(3, 4));
    assertThat(s.size()).isEqualTo(2);
    assertThat(s.totalPower()).isEqualTo(7);
    assertThat(s.power(BftTestKit.key(1).address())).isEqualTo(4);
    assertThat(s.power(BftTestKit.outsider().address())).isZero();
    assertThat(s.contains(BftTestKit.outsider().address())).isFalse();
  }
}
