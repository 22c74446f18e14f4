package org.peerchain.consensus.ledger;

import java.util.Objects;

/**
 * Why a transaction cannot enter a block (or the pool). {@code message} starts with the reason's
 * description, geth's error text where geth has one, so that wallets and tools matching on geth's
 * wording (e.g. "nonce too low", "insufficient funds") understand it; details follow a colon.
 */
public record TxRejection(Reason reason, String message) {
  public TxRejection {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
  }

  static TxRejection of(Reason reason, String detail) {
    return new TxRejection(reason, detail.isEmpty() ? reason.description() : reason.description() + ": " + detail);
  }

  public enum Reason {
    CONTRACT_CREATION_NOT_SUPPORTED("contract creation is not supported"),
    INVALID_CHAIN_ID("invalid chain id"),
    UNPROTECTED_TRANSACTION("only replay-protected (EIP-155) transactions allowed"),
    INVALID_SIGNATURE_VALUES("invalid transaction v, r, s values"),
    INVALID_SENDER("invalid sender"),
    NONCE_MAX("nonce has max value"),
    TIP_ABOVE_FEE_CAP("max priority fee per gas higher than max fee per gas"),
    GAS_PRICE_PRODUCT_OVERFLOW("gas * gas price exceeds 256 bits"),
    MAX_INITCODE_SIZE_EXCEEDED("max initcode size exceeded"),
    INTRINSIC_GAS_TOO_LOW("intrinsic gas too low"),
    EXCEEDS_BLOCK_GAS_LIMIT("exceeds block gas limit"),
    NONCE_TOO_LOW("nonce too low"),
    NONCE_TOO_HIGH("nonce too high"),
    FEE_CAP_TOO_LOW("max fee per gas less than block base fee"),
    INSUFFICIENT_FUNDS("insufficient funds for gas * price + value"),
    GAS_LIMIT_REACHED("gas limit reached");

    private final String description;

    Reason(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }
}
