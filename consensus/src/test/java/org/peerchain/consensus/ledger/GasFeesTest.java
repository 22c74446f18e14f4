package org.peerchain.consensus.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peerchain.consensus.ledger.Fixtures.ETHER;
import static org.peerchain.consensus.ledger.Fixtures.gwei;
import static org.peerchain.consensus.ledger.Fixtures.legacy;
import static org.peerchain.consensus.ledger.Fixtures.transfer;
import static org.peerchain.consensus.ledger.Fixtures.unsignedForm;

import org.junit.jupiter.api.Test;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.types.UInt256;

class GasFeesTest {
  private static final UInt256 BASE_FEE = gwei(7);

  @Test
  void effectivePriceIsBaseFeePlusTipWhenTheCapAllows() {
    Transaction tx = unsignedForm(transfer().maxPriorityFeePerGas(gwei(2)).maxFeePerGas(gwei(10)).build());
    assertThat(GasFees.tipPerGas(tx, BASE_FEE)).isEqualTo(gwei(2));
    assertThat(GasFees.effectiveGasPrice(tx, BASE_FEE)).isEqualTo(gwei(9));
  }

  @Test
  void effectivePriceIsTheCapWhenBaseFeePlusTipExceedsIt() {
    Transaction tx = unsignedForm(transfer().maxPriorityFeePerGas(gwei(5)).maxFeePerGas(gwei(10)).build());
    assertThat(GasFees.tipPerGas(tx, BASE_FEE)).isEqualTo(gwei(3));
    assertThat(GasFees.effectiveGasPrice(tx, BASE_FEE)).isEqualTo(gwei(10));
  }

  @Test
  void legacyPaysItsGasPriceAndTipsWhatIsAboveTheBaseFee() {
    Transaction tx = unsignedForm(legacy(gwei(20)).build());
    assertThat(GasFees.effectiveGasPrice(tx, BASE_FEE)).isEqualTo(gwei(20));
    assertThat(GasFees.tipPerGas(tx, BASE_FEE)).isEqualTo(gwei(13));
  }

  @Test
  void aTipCapNear2To256DoesNotOverflow() {
    Transaction tx = unsignedForm(transfer().maxPriorityFeePerGas(UInt256.MAX_VALUE).maxFeePerGas(UInt256.MAX_VALUE)
        .build());
    assertThat(GasFees.effectiveGasPrice(tx, BASE_FEE)).isEqualTo(UInt256.MAX_VALUE);
  }

  @Test
  void aCapBelowTheBaseFeeHasNoPrice() {
    Transaction tx = unsignedForm(transfer().maxPriorityFeePerGas(UInt256.ZERO).maxFeePerGas(gwei(6)).build());
    assertThatThrownBy(() -> GasFees.effectiveGasPrice(tx, BASE_FEE)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void splitBurnsTheBaseFeeAndTipsTheRest() {
    Transaction tx = unsignedForm(transfer().maxPriorityFeePerGas(gwei(2)).maxFeePerGas(gwei(10)).build());
    FeeSplit split = GasFees.split(tx, BASE_FEE, 21_000);
    assertThat(split.burned()).isEqualTo(gwei(7 * 21_000));
    assertThat(split.tip()).isEqualTo(gwei(2 * 21_000));
    assertThat(split.charged()).isEqualTo(gwei(9 * 21_000));
  }

  @Test
  void upfrontCostIsGasLimitTimesFeeCapPlusValue() {
    Transaction tx = unsignedForm(transfer().gasLimit(100_000).maxFeePerGas(gwei(10)).build());
    assertThat(GasFees.upfrontCost(tx)).isEqualTo(gwei(1_000_000).add(ETHER));
    Transaction unsignedGas = unsignedForm(transfer().gasLimit(-1L).maxFeePerGas(UInt256.ONE)
        .maxPriorityFeePerGas(UInt256.ZERO).value(UInt256.ZERO).build());
    assertThat(GasFees.upfrontCost(unsignedGas)).isEqualTo(UInt256.fromDecimal("18446744073709551615"));
  }
}
