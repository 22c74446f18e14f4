package org.peerchain.core.tx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.crypto.Curve;
import org.peerchain.core.crypto.PrivateKey;
import org.peerchain.core.crypto.Secp256k1;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;

class TransactionValidatorTest {
  private static final PrivateKey KEY = PrivateKey.fromHexString("0x" + "22".repeat(32));
  private static final Address SENDER = Secp256k1.get().publicKey(KEY).address();
  private static final Address TO = Address.fromHexString("0x00000000000000000000000000000000000000bb");
  private static final TransactionValidator VALIDATOR = new TransactionValidator(7);

  @Test
  void validTransactionsOfEveryTypeGiveTheSender() {
    for (TransactionType type : TransactionType.values()) {
      assertThat(VALIDATOR.validate(TransactionSigner.sign(base(type).build(), 7, KEY)))
          .isEqualTo(new ValidationResult.Valid(SENDER));
    }
  }

  @Test
  void unprotectedLegacyPassesButIsFlagged() {
    Transaction tx = TransactionSigner.signWithoutReplayProtection(base(TransactionType.LEGACY).build(), KEY);
    assertThat(tx.isReplayProtected()).isFalse();
    assertThat(tx.chainId()).isEmpty();
    assertThat(VALIDATOR.validate(tx)).isEqualTo(new ValidationResult.Valid(SENDER));
  }

  @Test
  void wrongChainId() {
    assertReason(TransactionSigner.sign(base(TransactionType.DYNAMIC_FEE).build(), 8, KEY),
        InvalidTransactionReason.INVALID_CHAIN_ID, "invalid chain id: have 8, want 7");
  }

  @Test
  void highSIsRefusedAlthoughItRecovers() {
    Transaction tx = TransactionSigner.sign(base(TransactionType.ACCESS_LIST).build(), 7, KEY);
    UInt256 highS = UInt256.valueOf(Curve.N.subtract(tx.s().toBigInteger()));
    UInt256 flippedParity = UInt256.valueOf(1 - tx.recoveryId());
    Transaction malleated = Transaction.typed(tx.body(), tx.chainId().orElseThrow(), flippedParity, tx.r(), highS);
    assertThat(malleated.sender()).contains(SENDER);
    assertReason(malleated, InvalidTransactionReason.INVALID_SIGNATURE_VALUES,
        "invalid transaction v, r, s values: s must be in [1, n/2] (EIP-2 low s)");
  }

  @Test
  void badYParity() {
    Transaction tx = TransactionSigner.sign(base(TransactionType.DYNAMIC_FEE).build(), 7, KEY);
    Transaction bad = Transaction.typed(tx.body(), UInt256.valueOf(7), UInt256.valueOf(2), tx.r(), tx.s());
    assertThat(bad.sender()).isEmpty();
    assertReason(bad, InvalidTransactionReason.INVALID_SIGNATURE_VALUES,
        "invalid transaction v, r, s values: y parity must be 0 or 1, got 2");
  }

  @Test
  void nonceAtMaxValue() {
    assertReason(TransactionSigner.sign(base(TransactionType.LEGACY).nonce(-1L).build(), 7, KEY),
        InvalidTransactionReason.NONCE_MAX, "nonce has max value: nonce 2^64-1 cannot be incremented (EIP-2681)");
  }

  @Test
  void tipAboveFeeCap() {
    UnsignedTransaction body = base(TransactionType.DYNAMIC_FEE)
        .maxPriorityFeePerGas(UInt256.valueOf(11)).maxFeePerGas(UInt256.valueOf(10)).build();
    assertReason(TransactionSigner.sign(body, 7, KEY), InvalidTransactionReason.TIP_ABOVE_FEE_CAP,
        "max priority fee per gas higher than max fee per gas: tip 11, fee cap 10");
  }

  @Test
  void gasTimesPriceOverflow() {
    UnsignedTransaction body = base(TransactionType.LEGACY).gasPrice(UInt256.MAX_VALUE).build();
    assertThat(reasonOf(TransactionSigner.sign(body, 7, KEY))).isEqualTo(InvalidTransactionReason.GAS_PRICE_PRODUCT_OVERFLOW);
  }

  @Test
  void intrinsicGasCountsDataAndAccessList() {
    UnsignedTransaction body = base(TransactionType.ACCESS_LIST).data(Bytes.of(0, 1, 0, 2))
        .accessList(List.of(new AccessListEntry(TO, List.of(Hash.ZERO, Hash.ZERO)))).build();
    long needed = 21_000 + 2 * 4 + 2 * 16 + 2_400 + 2 * 1_900;
    assertThat(IntrinsicGas.of(body)).isEqualTo(needed);
    UnsignedTransaction tooLittle = base(TransactionType.ACCESS_LIST).data(body.data())
        .accessList(body.accessList()).gasLimit(needed - 1).build();
    assertReason(TransactionSigner.sign(tooLittle, 7, KEY), InvalidTransactionReason.INTRINSIC_GAS_TOO_LOW,
        "intrinsic gas too low: gas " + (needed - 1) + ", minimum needed " + needed);
  }

  @Test
  void oversizedInitcode() {
    UnsignedTransaction body = base(TransactionType.LEGACY).to(java.util.Optional.empty())
        .data(Bytes.wrap(new byte[TransactionValidator.MAX_INITCODE_SIZE + 1])).gasLimit(10_000_000).build();
    Transaction tx = TransactionSigner.sign(body, 7, KEY);
    assertThat(tx.isContractCreation()).isTrue();
    assertThat(reasonOf(tx)).isEqualTo(InvalidTransactionReason.MAX_INITCODE_SIZE_EXCEEDED);
  }

  private static UnsignedTransaction.Builder base(TransactionType type) {
    UnsignedTransaction.Builder b = UnsignedTransaction.builder(type).nonce(1).gasLimit(100_000).to(TO)
        .value(UInt256.ONE);
    return type == TransactionType.DYNAMIC_FEE
        ? b.maxPriorityFeePerGas(UInt256.ONE).maxFeePerGas(UInt256.valueOf(2))
        : b.gasPrice(UInt256.valueOf(2));
  }

  private static InvalidTransactionReason reasonOf(Transaction tx) {
    ValidationResult result = VALIDATOR.validate(tx);
    assertThat(result).isInstanceOf(ValidationResult.Invalid.class);
    return ((ValidationResult.Invalid) result).reason();
  }

  private static void assertReason(Transaction tx, InvalidTransactionReason reason, String message) {
    assertThat(VALIDATOR.validate(tx)).isEqualTo(new ValidationResult.Invalid(reason, message));
  }
}
