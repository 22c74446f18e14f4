package org.peerchain.consensus.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.peerchain.consensus.ledger.Fixtures.ETHER;
import static org.peerchain.consensus.ledger.Fixtures.RECIPIENT;
import static org.peerchain.consensus.ledger.Fixtures.SENDER;
import static org.peerchain.consensus.ledger.Fixtures.gwei;
import static org.peerchain.consensus.ledger.Fixtures.transfer;
import static org.peerchain.consensus.ledger.Fixtures.unsignedForm;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peerchain.core.block.Receipt;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.types.UInt256;
import org.peerchain.storage.state.Account;

class TransferEffectTest {
  private static final UInt256 BASE_FEE = gwei(7);
  private static final Account SENDER_BEFORE = new Account(5, ETHER.multiply(3));

  @Test
  void movesValueAndChargesOnlyTheIntrinsicGas() {
    // Gas limit 100000 but only 21000 is used and paid; 9 gwei effective = 7 burned + 2 tip.
    Transaction tx = unsignedForm(transfer().gasLimit(100_000).build());
    TransferEffect effect = TransferEffect.apply(tx, SENDER, SENDER_BEFORE, new Account(0, ETHER), BASE_FEE);

    assertThat(effect.gasUsed()).isEqualTo(21_000);
    assertThat(effect.senderAfter()).isEqualTo(new Account(6, ETHER.multiply(2).subtract(gwei(9 * 21_000))));
    assertThat(effect.recipientAfter()).isEqualTo(new Account(0, ETHER.multiply(2)));
    assertThat(effect.burned()).isEqualTo(gwei(7 * 21_000));
    assertThat(effect.tip()).isEqualTo(gwei(2 * 21_000));
    assertThat(effect.sender()).isEqualTo(SENDER);
    assertThat(effect.recipient()).isEqualTo(RECIPIENT);
    assertThat(effect.success()).isTrue();
  }

  @Test
  void aMemoCostsIntrinsicGas() {
    Transaction tx = unsignedForm(transfer().gasLimit(30_000).data(Bytes.of(0, 0, 7)).build());
    assertThat(TransferEffect.apply(tx, SENDER, SENDER_BEFORE, Account.EMPTY, BASE_FEE).gasUsed())
        .isEqualTo(21_000 + 4 + 4 + 16);
  }

  @Test
  void createsTheRecipientAccount() {
    Transaction tx = unsignedForm(transfer().build());
    assertThat(TransferEffect.apply(tx, SENDER, SENDER_BEFORE, Account.EMPTY, BASE_FEE).recipientAfter())
        .isEqualTo(new Account(0, ETHER));
  }

  @Test
  void aSelfTransferPaysOnlyTheFee() {
    Transaction tx = unsignedForm(transfer().to(SENDER).build());
    TransferEffect effect = TransferEffect.apply(tx, SENDER, SENDER_BEFORE, SENDER_BEFORE, BASE_FEE);
    Account expected = new Account(6, ETHER.multiply(3).subtract(gwei(9 * 21_000)));
    assertThat(effect.senderAfter()).isEqualTo(expected);
    assertThat(effect.recipientAfter()).isEqualTo(expected);
    assertThat(effect.recipient()).isEqualTo(SENDER);
  }

  @Test
  void aSelfTransferNeedsOneAccount() {
    Transaction tx = unsignedForm(transfer().to(SENDER).build());
    assertThatThrownBy(() -> TransferEffect.apply(tx, SENDER, SENDER_BEFORE, Account.EMPTY, BASE_FEE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theTipIsCreditedToTheProposer() {
    TransferEffect effect = TransferEffect.apply(unsignedForm(transfer().build()), SENDER, SENDER_BEFORE,
        Account.EMPTY, BASE_FEE);
    assertThat(effect.creditTip(new Account(3, gwei(1)))).isEqualTo(new Account(3, gwei(1 + 2 * 21_000)));
  }

  @Test
  void receiptCarriesTypeSuccessAndCumulativeGas() {
    TransferEffect effect = TransferEffect.apply(unsignedForm(transfer().build()), SENDER, SENDER_BEFORE,
        Account.EMPTY, BASE_FEE);
    assertThat(effect.receipt(42_000)).isEqualTo(new Receipt(Receipt.TYPE_DYNAMIC_FEE, true, 63_000));
  }

  @Test
  void anInvalidTransactionDoesNotApply() {
    Transaction tooExpensive = unsignedForm(transfer().value(ETHER.multiply(3)).build());
    assertThatThrownBy(() -> TransferEffect.apply(tooExpensive, SENDER, SENDER_BEFORE, Account.EMPTY, BASE_FEE))
        .isInstanceOf(ArithmeticException.class);
    Transaction creation = unsignedForm(transfer().to(Optional.empty()).build());
    assertThatThrownBy(() -> TransferEffect.apply(creation, SENDER, SENDER_BEFORE, Account.EMPTY, BASE_FEE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aBalanceOver2To256IsRefused() {
    Transaction tx = unsignedForm(transfer().build());
    assertThatThrownBy(() -> TransferEffect.apply(tx, SENDER, SENDER_BEFORE, new Account(0, UInt256.MAX_VALUE),
        BASE_FEE)).isInstanceOf(ArithmeticException.class);
  }
}
