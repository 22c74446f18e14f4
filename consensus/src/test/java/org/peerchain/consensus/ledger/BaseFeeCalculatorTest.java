package org.peerchain.consensus.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.genesis.Genesis;
import org.peerchain.core.genesis.GenesisValidator;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.UInt256;

class BaseFeeCalculatorTest {
  private final BaseFeeCalculator calculator = new BaseFeeCalculator();

  // go-ethereum consensus/misc/eip1559 TestCalcBaseFee, parent base fee params.InitialBaseFee (1 gwei).
  @ParameterizedTest(name = "gas used {1} of {0} -> {2}")
  @CsvSource({
      "20000000, 10000000, 1000000000",
      "20000000,  9000000,  987500000",
      "20000000, 11000000, 1012500000",
      "20000000, 20000000, 1125000000",
      "20000000,        0,  875000000",
  })
  void matchesGethReferenceFigures(long gasLimit, long gasUsed, long expected) {
    BlockHeader parent = BlockHeader.builder().gasLimit(gasLimit).gasUsed(gasUsed)
        .baseFeePerGas(UInt256.valueOf(1_000_000_000L)).build();
    assertThat(calculator.next(parent)).isEqualTo(UInt256.valueOf(expected));
  }

  @Test
  void aBlockAboveTargetRaisesTheFeeByAtLeastOneWei() {
    // 7 * 1 / 10_000_000 / 8 rounds to 0; EIP-1559 makes the increase 1.
    assertThat(calculator.next(UInt256.valueOf(7), 20_000_000, 10_000_001)).isEqualTo(UInt256.valueOf(8));
  }

  @Test
  void aSmallFeeCannotDecreaseFurtherSoTheFormulaNeverReachesZero() {
    assertThat(calculator.next(UInt256.valueOf(7), 20_000_000, 0)).isEqualTo(UInt256.valueOf(7));
    assertThat(calculator.next(UInt256.valueOf(8), 20_000_000, 0)).isEqualTo(UInt256.valueOf(7));
    assertThat(calculator.next(UInt256.ONE, 20_000_000, 0)).isEqualTo(UInt256.ONE);
  }

  @Test
  void theFloorBindsWhenTheFormulaGoesBelowIt() {
    BaseFeeCalculator floored = new BaseFeeCalculator(Fixtures.GWEI);
    assertThat(floored.next(Fixtures.GWEI, 20_000_000, 0)).isEqualTo(Fixtures.GWEI);
    assertThat(floored.next(Fixtures.gwei(2), 20_000_000, 0)).isEqualTo(UInt256.valueOf(1_750_000_000L));
  }

  @Test
  void oddGasLimitRoundsTheTargetDown() {
    // target 5; used 6 -> +1e9 * 1 / 5 / 8 = 25_000_000
    assertThat(calculator.next(Fixtures.GWEI, 11, 6)).isEqualTo(UInt256.valueOf(1_025_000_000L));
  }

  @Test
  void largeBaseFeesDoNotOverflowTheIntermediateProduct() {
    UInt256 big = UInt256.valueOf(BigInteger.ONE.shiftLeft(250));
    assertThat(calculator.next(big, 30_000_000, 0))
        .isEqualTo(UInt256.valueOf(BigInteger.ONE.shiftLeft(250).subtract(BigInteger.ONE.shiftLeft(247))));
    assertThatThrownBy(() -> calculator.next(UInt256.MAX_VALUE, 30_000_000, 30_000_000))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void initialIsTheGenesisValueRaisedToTheFloor() {
    Genesis genesis = Genesis.of(1, List.of(new GenesisValidator(Address.ZERO, 1)), Map.of());
    assertThat(calculator.initial(genesis)).isEqualTo(Genesis.DEFAULT_INITIAL_BASE_FEE).isEqualTo(Fixtures.GWEI);
    assertThat(new BaseFeeCalculator(Fixtures.gwei(5)).initial(genesis)).isEqualTo(Fixtures.gwei(5));
  }

  @Test
  void refusesAZeroFloorAndParentsThatAreNotValidBlocks() {
    assertThatThrownBy(() -> new BaseFeeCalculator(UInt256.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> calculator.next(Fixtures.GWEI, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> calculator.next(Fixtures.GWEI, 100, 101)).isInstanceOf(IllegalArgumentException.class);
  }

  @Property(edgeCases = EdgeCasesMode.MIXIN)
  void neverBelowTheFloor(@ForAll("floors") UInt256 floor, @ForAll("baseFees") UInt256 parentFee,
      @ForAll("gasLimits") long gasLimit, @ForAll @IntRange(max = 3) int kind, @ForAll double usedShare) {
    long gasUsed = used(gasLimit, kind, usedShare);
    assertThat(new BaseFeeCalculator(floor).next(parentFee, gasLimit, gasUsed)).isGreaterThanOrEqualTo(floor);
  }

  // Even gas limits: with an odd one a full block is target + 1 over target, so the rise can pass 1/8
  // by a hair, as in geth.
  @Property(edgeCases = EdgeCasesMode.MIXIN)
  void changesByAtMostAnEighthPerBlockAndInTheDirectionOfDemand(@ForAll("floors") UInt256 floor,
      @ForAll("baseFees") UInt256 fee, @ForAll("evenGasLimits") long gasLimit, @ForAll @IntRange(max = 3) int kind,
      @ForAll double usedShare) {
    UInt256 parentFee = fee.max(floor);
    long gasUsed = used(gasLimit, kind, usedShare);
    long target = gasLimit / 2;
    BigInteger parent = parentFee.toBigInteger();
    BigInteger next = new BaseFeeCalculator(floor).next(parentFee, gasLimit, gasUsed).toBigInteger();

    BigInteger bound = parent.divide(BigInteger.valueOf(8)).max(BigInteger.ONE);
    assertThat(next.subtract(parent).abs()).isLessThanOrEqualTo(bound);
    int expectedDirection = Long.compare(gasUsed, target);
    if (expectedDirection > 0) {
      assertThat(next).isGreaterThan(parent);
    } else if (expectedDirection < 0) {
      assertThat(next).isLessThanOrEqualTo(parent);
    } else {
      assertThat(next).isEqualTo(parent);
    }
  }

  private static long used(long gasLimit, int kind, double share) {
    return switch (kind) {
      case 0 -> gasLimit / 2;
      case 1 -> gasLimit;
      case 2 -> 0;
      default -> Math.min(gasLimit, (long) (gasLimit * Math.abs(share % 1.0)));
    };
  }

  @Provide
  Arbitrary<UInt256> floors() {
    return Arbitraries.oneOf(Arbitraries.just(UInt256.ONE),
        Arbitraries.longs().between(1, 10_000_000_000L).map(UInt256::valueOf));
  }

  @Provide
  Arbitrary<UInt256> baseFees() {
    return Arbitraries.oneOf(Arbitraries.longs().between(0, 64).map(UInt256::valueOf),
        Arbitraries.longs().between(0, Long.MAX_VALUE).map(UInt256::valueOf),
        Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.ONE.shiftLeft(250)).map(UInt256::valueOf));
  }

  @Provide
  Arbitrary<Long> gasLimits() {
    return Arbitraries.oneOf(Arbitraries.of(2L, 3L, 21_000L, 30_000_000L),
        Arbitraries.longs().between(2, Long.MAX_VALUE));
  }

  @Provide
  Arbitrary<Long> evenGasLimits() {
    return gasLimits().map(g -> g & ~1L).filter(g -> g >= 2);
  }
}
