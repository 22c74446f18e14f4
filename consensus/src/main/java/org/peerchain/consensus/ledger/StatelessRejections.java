package org.peerchain.consensus.ledger;

import org.peerchain.consensus.ledger.TxRejection.Reason;
import org.peerchain.core.tx.IntrinsicGas;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.ValidationResult;

/**
 * Translates core's stateless failures into {@link TxRejection}s, rewording the details into
 * geth's format where geth has one (core's messages already start with geth's error text).
 */
final class StatelessRejections {
  private StatelessRejections() {}

  static TxRejection of(Transaction tx, ValidationResult.Invalid invalid) {
    Reason reason = switch (invalid.reason()) {
      case INVALID_CHAIN_ID -> Reason.INVALID_CHAIN_ID;
      case INVALID_SIGNATURE_VALUES -> Reason.INVALID_SIGNATURE_VALUES;
      case NONCE_MAX -> Reason.NONCE_MAX;
      case TIP_ABOVE_FEE_CAP -> Reason.TIP_ABOVE_FEE_CAP;
      case GAS_PRICE_PRODUCT_OVERFLOW -> Reason.GAS_PRICE_PRODUCT_OVERFLOW;
      case MAX_INITCODE_SIZE_EXCEEDED -> Reason.MAX_INITCODE_SIZE_EXCEEDED;
      case INTRINSIC_GAS_TOO_LOW -> Reason.INTRINSIC_GAS_TOO_LOW;
      case INVALID_SENDER -> Reason.INVALID_SENDER;
    };
    return switch (reason) {
      case INTRINSIC_GAS_TOO_LOW -> TxRejection.of(reason,
          "have " + Long.toUnsignedString(tx.gasLimit()) + ", want " + IntrinsicGas.of(tx));
      // Signature values were in range, so the sender is usually recoverable for geth's detail.
      case TIP_ABOVE_FEE_CAP -> tx.sender()
          .map(from -> TxRejection.of(reason, "address " + from + ", maxPriorityFeePerGas: "
              + tx.maxPriorityFeePerGas() + ", maxFeePerGas: " + tx.maxFeePerGas()))
          .orElseGet(() -> new TxRejection(reason, invalid.message()));
      case NONCE_MAX -> tx.sender()
          .map(from -> TxRejection.of(reason, "address " + from + ", nonce: " + Long.toUnsignedString(tx.nonce())))
          .orElseGet(() -> new TxRejection(reason, invalid.message()));
      default -> new TxRejection(reason, invalid.message());
    };
  }
}
