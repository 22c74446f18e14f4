package org.peerchain.core.tx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.UInt256;

class ImpersonatedTransactionTest {
  private static final Address ALICE = Address.fromHexString("0x1111111111111111111111111111111111111111");
  private static final Address BOB = Address.fromHexString("0x2222222222222222222222222222222222222222");

  private static UnsignedTransaction transfer() {
    return UnsignedTransaction.builder(TransactionType.DYNAMIC_FEE).nonce(0).gasLimit(21_000)
        .to(Optional.of(BOB)).value(UInt256.ONE).maxPriorityFeePerGas(UInt256.ONE).maxFeePerGas(UInt256.valueOf(10))
        .build();
  }

  @Test
  void onlyAValidatorBuiltToAcceptImpersonationTakesIt() {
    Transaction tx = Transaction.impersonated(transfer(), 1337, ALICE);
    assertThat(tx.isImpersonated()).isTrue();
    assertThat(new TransactionValidator(1337).validate(tx)).isInstanceOf(ValidationResult.Invalid.class);
    assertThat(new TransactionValidator(1337, true).validate(tx)).isEqualTo(new ValidationResult.Valid(ALICE));
  }

  @Test
  void theSenderReadsBackFromTheEncodingAndEachSenderHasItsOwnHash() {
    Transaction tx = Transaction.impersonated(transfer(), 1337, ALICE);
    Transaction decoded = TransactionDecoder.decode(TransactionEncoder.encode(tx));
    assertThat(decoded.sender()).contains(ALICE);
    assertThat(decoded.isImpersonated()).isTrue();
    assertThat(Transaction.impersonated(transfer(), 1337, BOB).hash()).isNotEqualTo(tx.hash());
  }

  @Test
  void aLegacyImpersonatedTransactionCarriesTheChainId() {
    UnsignedTransaction legacy = UnsignedTransaction.builder(TransactionType.LEGACY).nonce(0).gasLimit(21_000)
        .to(Optional.of(BOB)).value(UInt256.ONE).gasPrice(UInt256.valueOf(10)).build();
    Transaction tx = Transaction.impersonated(legacy, 1337, ALICE);
    assertThat(tx.chainId()).contains(UInt256.valueOf(1337));
    assertThat(new TransactionValidator(1337, true).validate(tx)).isEqualTo(new ValidationResult.Valid(ALICE));
  }
}
