package org.peerchain.consensus.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerchain.consensus.ledger.Fixtures.CHAIN_ID;
import static org.peerchain.consensus.ledger.Fixtures.ETHER;
import static org.peerchain.consensus.ledger.Fixtures.KEY;
import static org.peerchain.consensus.ledger.Fixtures.SENDER;
import static org.peerchain.consensus.ledger.Fixtures.gwei;
import static org.peerchain.consensus.ledger.Fixtures.legacy;
import static org.peerchain.consensus.ledger.Fixtures.sign;
import static org.peerchain.consensus.ledger.Fixtures.transfer;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peerchain.consensus.ledger.TxRejection.Reason;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionSigner;
import org.peerchain.core.tx.UnsignedTransaction;
import org.peerchain.core.types.UInt256;
import org.peerchain.storage.state.Account;

class TransactionRulesTest {
  private static final BlockContext BLOCK = new BlockContext(CHAIN_ID, gwei(1), 30_000_000, 0);
  private static final Account RICH = new Account(5, ETHER.multiply(100));

  private static Optional<TxRejection> check(UnsignedTransaction.Builder tx) {
    return TransactionRules.check(sign(tx.build()), RICH, BLOCK);
  }

  private static void assertRejected(Optional<TxRejection> result, Reason reason, String message) {
    assertThat(result).hasValueSatisfying(r -> {
      assertThat(r.reason()).isEqualTo(reason);
      assertThat(r.message()).isEqualTo(message).startsWith(reason.description());
    });
  }

  @Test
  void acceptsAValidTransferOfEveryType() {
    assertThat(check(transfer())).isEmpty();
    assertThat(check(legacy(gwei(2)))).isEmpty();
    assertThat(TransactionRules.check(sign(legacy(gwei(2)).build()), RICH, BLOCK)).isEmpty();
  }

  @Test
  void refusesContractCreation() {
    assertRejected(check(transfer().to(Optional.empty()).data(Bytes.of(0x60, 0x00))),
        Reason.CONTRACT_CREATION_NOT_SUPPORTED, "contract creation is not supported");
  }

  @Test
  void refusesAnotherChainsTransaction() {
    Transaction other = TransactionSigner.sign(transfer().build(), 1, KEY);
    assertRejected(TransactionRules.check(other, RICH, BLOCK), Reason.INVALID_CHAIN_ID,
        "invalid chain id: have 1, want 1337");
  }

  @Test
  void refusesATransactionWithoutReplayProtection() {
    Transaction unprotected = TransactionSigner.signWithoutReplayProtection(legacy(gwei(2)).build(), KEY);
    assertRejected(TransactionRules.check(unprotected, RICH, BLOCK), Reason.UNPROTECTED_TRANSACTION,
        "only replay-protected (EIP-155) transactions allowed");
  }

  @Test
  void refusesBadSignatureValuesViaCoresValidator() {
    Transaction tx = Transaction.typed(transfer().build(), UInt256.valueOf(CHAIN_ID), UInt256.valueOf(2),
        UInt256.ONE, UInt256.ONE);
    Optional<TxRejection> result = TransactionRules.check(tx, RICH, BLOCK);
    assertThat(result).map(TxRejection::reason).contains(Reason.INVALID_SIGNATURE_VALUES);
    assertThat(result.orElseThrow().message()).startsWith("invalid transaction v, r, s values: ");
  }

  @Test
  void nonceTooLow() {
    assertRejected(TransactionRules.check(sign(transfer().build()), new Account(6, ETHER), BLOCK),
        Reason.NONCE_TOO_LOW, "nonce too low: address " + SENDER.toChecksumString() + ", tx: 5 state: 6");
  }

  @Test
  void nonceTooHighInABlockButNotInThePool() {
    Transaction tx = sign(transfer().build());
    Account behind = new Account(4, ETHER.multiply(100));
    assertRejected(TransactionRules.check(tx, behind, BLOCK), Reason.NONCE_TOO_HIGH,
        "nonce too high: address " + SENDER.toChecksumString() + ", tx: 5 state: 4");
    assertThat(TransactionRules.checkForPool(tx, behind, BLOCK)).isEmpty();
    assertThat(TransactionRules.checkForPool(tx, new Account(6, ETHER), BLOCK))
        .map(TxRejection::reason).contains(Reason.NONCE_TOO_LOW);
  }

  @Test
  void noncesCompareUnsigned() {
    Transaction tx = sign(transfer().nonce(Long.MIN_VALUE).build());
    assertRejected(TransactionRules.check(tx, Account.EMPTY.withBalance(ETHER.multiply(100)), BLOCK),
        Reason.NONCE_TOO_HIGH,
        "nonce too high: address " + SENDER.toChecksumString() + ", tx: 9223372036854775808 state: 0");
    assertRejected(TransactionRules.check(sign(transfer().nonce(1).build()), new Account(-2, ETHER), BLOCK),
        Reason.NONCE_TOO_LOW,
        "nonce too low: address " + SENDER.toChecksumString() + ", tx: 1 state: 18446744073709551614");
  }

  @Test
  void nonceAtItsMaximumCannotBeUsed() {
    assertRejected(TransactionRules.check(sign(transfer().nonce(-1L).build()), new Account(-1L, ETHER), BLOCK),
        Reason.NONCE_MAX, "nonce has max value: address " + SENDER.toChecksumString()
            + ", nonce: 18446744073709551615");
  }

  @Test
  void balanceMustCoverGasLimitTimesFeeCapPlusValue() {
    Transaction tx = sign(transfer().gasLimit(50_000).build());
    UInt256 want = gwei(10).multiply(50_000).add(ETHER);
    assertThat(TransactionRules.check(tx, new Account(5, want), BLOCK)).isEmpty();
    UInt256 have = want.subtract(UInt256.ONE);
    assertRejected(TransactionRules.check(tx, new Account(5, have), BLOCK), Reason.INSUFFICIENT_FUNDS,
        "insufficient funds for gas * price + value: address " + SENDER.toChecksumString() + " have " + have
            + " want " + want);
    assertThat(TransactionRules.checkForPool(tx, new Account(5, have), BLOCK))
        .map(TxRejection::reason).contains(Reason.INSUFFICIENT_FUNDS);
  }

  @Test
  void aCostOver256BitsIsInsufficientFunds() {
    Transaction tx = sign(transfer().value(UInt256.MAX_VALUE).build());
    assertRejected(TransactionRules.check(tx, new Account(5, UInt256.MAX_VALUE), BLOCK), Reason.INSUFFICIENT_FUNDS,
        "insufficient funds for gas * price + value: address " + SENDER.toChecksumString()
            + " required balance exceeds 256 bits");
  }

  @Test
  void feeCapMustReachTheBaseFee() {
    assertThat(check(transfer().maxPriorityFeePerGas(UInt256.ZERO).maxFeePerGas(gwei(1)))).isEmpty();
    UInt256 cap = gwei(1).subtract(UInt256.ONE);
    assertRejected(check(transfer().maxPriorityFeePerGas(UInt256.ZERO).maxFeePerGas(cap)), Reason.FEE_CAP_TOO_LOW,
        "max fee per gas less than block base fee: address " + SENDER.toChecksumString()
            + ", maxFeePerGas: 999999999, baseFee: 1000000000");
    assertThat(check(legacy(cap))).map(TxRejection::reason).contains(Reason.FEE_CAP_TOO_LOW);
    assertThat(TransactionRules.checkForPool(sign(legacy(cap).build()), RICH, BLOCK))
        .map(TxRejection::reason).contains(Reason.FEE_CAP_TOO_LOW);
  }

  @Test
  void tipMustNotExceedFeeCap() {
    assertRejected(check(transfer().maxPriorityFeePerGas(gwei(11))), Reason.TIP_ABOVE_FEE_CAP,
        "max priority fee per gas higher than max fee per gas: address " + SENDER.toChecksumString()
            + ", maxPriorityFeePerGas: 11000000000, maxFeePerGas: 10000000000");
  }

  @Test
  void gasLimitMustCoverIntrinsicGas() {
    assertRejected(check(transfer().gasLimit(20_999)), Reason.INTRINSIC_GAS_TOO_LOW,
        "intrinsic gas too low: have 20999, want 21000");
    // A memo costs 4 per zero byte and 16 per other byte.
    assertRejected(check(transfer().gasLimit(21_019).data(Bytes.of(0, 1))), Reason.INTRINSIC_GAS_TOO_LOW,
        "intrinsic gas too low: have 21019, want 21020");
    assertThat(check(transfer().gasLimit(21_020).data(Bytes.of(0, 1)))).isEmpty();
  }

  @Test
  void gasLimitMustFitInABlock() {
    assertThat(check(transfer().gasLimit(30_000_000))).isEmpty();
    Transaction tx = sign(transfer().gasLimit(30_000_001).build());
    assertRejected(TransactionRules.check(tx, RICH, BLOCK), Reason.EXCEEDS_BLOCK_GAS_LIMIT,
        "exceeds block gas limit: tx gas 30000001, block gas limit 30000000");
    assertThat(TransactionRules.checkForPool(tx, RICH, BLOCK))
        .map(TxRejection::reason).contains(Reason.EXCEEDS_BLOCK_GAS_LIMIT);
    Transaction huge = sign(transfer().gasLimit(-2L).maxFeePerGas(UInt256.ONE).maxPriorityFeePerGas(UInt256.ZERO)
        .build());
    assertThat(TransactionRules.check(huge, RICH, BLOCK))
        .map(TxRejection::reason).contains(Reason.EXCEEDS_BLOCK_GAS_LIMIT);
  }

  @Test
  void gasLimitMustFitInWhatTheBlockHasLeft() {
    Transaction tx = sign(transfer().gasLimit(25_000).build());
    assertThat(TransactionRules.check(tx, RICH, BLOCK.withGasUsedSoFar(29_975_000))).isEmpty();
    assertRejected(TransactionRules.check(tx, RICH, BLOCK.withGasUsedSoFar(29_975_001)), Reason.GAS_LIMIT_REACHED,
        "gas limit reached: tx gas 25000, block gas remaining 24999");
    assertThat(TransactionRules.checkForPool(tx, RICH, BLOCK.withGasUsedSoFar(29_975_001))).isEmpty();
  }

  @Test
  void checksRunInGethsOrder() {
    Transaction tx = sign(transfer().maxPriorityFeePerGas(UInt256.ZERO).maxFeePerGas(UInt256.ONE).build());
    // Nonce before fee cap before balance.
    assertThat(TransactionRules.check(tx, new Account(6, UInt256.ZERO), BLOCK))
        .map(TxRejection::reason).contains(Reason.NONCE_TOO_LOW);
    assertThat(TransactionRules.check(tx, new Account(5, UInt256.ZERO), BLOCK))
        .map(TxRejection::reason).contains(Reason.FEE_CAP_TOO_LOW);
    // Contract creation before everything else, even before the signature.
    Transaction creation = Transaction.typed(transfer().to(Optional.empty()).build(), UInt256.valueOf(CHAIN_ID),
        UInt256.valueOf(9), UInt256.ZERO, UInt256.ZERO);
    assertThat(TransactionRules.check(creation, RICH, BLOCK))
        .map(TxRejection::reason).contains(Reason.CONTRACT_CREATION_NOT_SUPPORTED);
  }

  @Test
  void everyReasonHasItsOwnDescription() {
    assertThat(java.util.Arrays.stream(Reason.values()).map(Reason::description).distinct())
        .hasSize(Reason.values().length);
  }
}
