package org.peerchain.core.tx;

import java.math.BigInteger;
import java.util.Optional;
import org.peerchain.core.crypto.Curve;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.UInt256;

/**
 * Stateless checks: everything that can be decided from the transaction and the chain id alone
 * (no balances, nonces of accounts, base fee or block gas limit). Bounds the domain types cannot
 * even hold (a nonce or gas limit over 64 bits, fees or value over 256 bits, a 21-byte address)
 * are already refused by {@link TransactionDecoder}.
 *
 * <p>Pre-EIP-155 legacy transactions pass here, as they do on Ethereum; whether to accept them is
 * policy, see {@link Transaction#isReplayProtected()}. So does contract creation, which the ledger
 * refuses ({@link Transaction#isContractCreation()}).
 */
public final class TransactionValidator {
  /** EIP-3860: 2 * the EIP-170 code size limit. */
  public static final int MAX_INITCODE_SIZE = 49_152;

  private static final long NONCE_MAX = -1L; // 2^64 - 1 as an unsigned long

  private final long chainId;
  private final UInt256 chainIdValue;
  private final boolean acceptImpersonated;

  public TransactionValidator(long chainId) {
    this(chainId, false);
  }

  /**
   * @param acceptImpersonated whether an {@link Transaction#impersonated} transaction passes without
   *     a signature: a dev chain's pool and block builder only
   */
  public TransactionValidator(long chainId, boolean acceptImpersonated) {
    this.acceptImpersonated = acceptImpersonated;
    if (chainId <= 0) {
      throw new IllegalArgumentException("chain id must be positive, got " + chainId);
    }
    this.chainId = chainId;
    this.chainIdValue = UInt256.valueOf(chainId);
  }

  public long chainId() {
    return chainId;
  }

  /** Checks {@code tx} and, if it passes, recovers its sender (cached on the transaction). */
  public ValidationResult validate(Transaction tx) {
    ValidationResult.Invalid failure = check(tx);
    if (failure != null) {
      return failure;
    }
    Optional<Address> sender = tx.sender();
    return sender.<ValidationResult>map(ValidationResult.Valid::new)
        .orElseGet(() -> invalid(InvalidTransactionReason.INVALID_SENDER, "no public key recovers from the signature"));
  }

  private ValidationResult.Invalid check(Transaction tx) {
    if (tx.recoveryId() < 0) {
      if (tx.type().isTyped()) {
        return invalid(InvalidTransactionReason.INVALID_SIGNATURE_VALUES, "y parity must be 0 or 1, got " + tx.v());
      }
      // As geth: v 0 and 1 are a bad signature; any other v below 35 reads as a (broken) EIP-155 chain id.
      InvalidTransactionReason reason = tx.v().compareTo(UInt256.ONE) <= 0
          ? InvalidTransactionReason.INVALID_SIGNATURE_VALUES
          : InvalidTransactionReason.INVALID_CHAIN_ID;
      return invalid(reason, "legacy v must be 27, 28 or chainId*2+35/36, got " + tx.v());
    }
    if (tx.chainId().isPresent() && !tx.chainId().get().equals(chainIdValue)) {
      return invalid(InvalidTransactionReason.INVALID_CHAIN_ID, "have " + tx.chainId().get() + ", want " + chainId);
    }
    BigInteger r = tx.r().toBigInteger();
    BigInteger s = tx.s().toBigInteger();
    // An impersonated transaction has no signature to check: the dev chain vouches for its sender.
    boolean vouched = acceptImpersonated && tx.isImpersonated();
    if (!vouched && (r.signum() == 0 || r.compareTo(Curve.N) >= 0)) {
      return invalid(InvalidTransactionReason.INVALID_SIGNATURE_VALUES, "r must be in [1, n-1]");
    }
    if (!vouched && (s.signum() == 0 || s.compareTo(Curve.HALF_N) > 0)) {
      return invalid(InvalidTransactionReason.INVALID_SIGNATURE_VALUES, "s must be in [1, n/2] (EIP-2 low s)");
    }
    if (tx.nonce() == NONCE_MAX) {
      return invalid(InvalidTransactionReason.NONCE_MAX, "nonce 2^64-1 cannot be incremented (EIP-2681)");
    }
    if (tx.maxPriorityFeePerGas().compareTo(tx.maxFeePerGas()) > 0) {
      return invalid(InvalidTransactionReason.TIP_ABOVE_FEE_CAP,
          "tip " + tx.maxPriorityFeePerGas() + ", fee cap " + tx.maxFeePerGas());
    }
    BigInteger gas = new BigInteger(Long.toUnsignedString(tx.gasLimit()));
    if (tx.maxFeePerGas().toBigInteger().multiply(gas).bitLength() > 256) {
      return invalid(InvalidTransactionReason.GAS_PRICE_PRODUCT_OVERFLOW,
          "gas " + gas + " * price " + tx.maxFeePerGas());
    }
    if (tx.isContractCreation() && tx.data().size() > MAX_INITCODE_SIZE) {
      return invalid(InvalidTransactionReason.MAX_INITCODE_SIZE_EXCEEDED,
          "code size " + tx.data().size() + ", limit " + MAX_INITCODE_SIZE);
    }
    long intrinsic = IntrinsicGas.of(tx);
    if (Long.compareUnsigned(tx.gasLimit(), intrinsic) < 0) {
      return invalid(InvalidTransactionReason.INTRINSIC_GAS_TOO_LOW,
          "gas " + Long.toUnsignedString(tx.gasLimit()) + ", minimum needed " + intrinsic);
    }
    return null;
  }

  private static ValidationResult.Invalid invalid(InvalidTransactionReason reason, String detail) {
    return new ValidationResult.Invalid(reason, reason.description() + ": " + detail);
  }
}
