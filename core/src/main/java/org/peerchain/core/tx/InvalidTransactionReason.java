package org.peerchain.core.tx;

/** Why a transaction fails stateless validation; descriptions use geth's wording where geth has one. */
public enum InvalidTransactionReason {
  INVALID_CHAIN_ID("invalid chain id"),
  INVALID_SIGNATURE_VALUES("invalid transaction v, r, s values"),
  NONCE_MAX("nonce has max value"),
  TIP_ABOVE_FEE_CAP("max priority fee per gas higher than max fee per gas"),
  GAS_PRICE_PRODUCT_OVERFLOW("gas * gas price exceeds 256 bits"),
  MAX_INITCODE_SIZE_EXCEEDED("max initcode size exceeded"),
  INTRINSIC_GAS_TOO_LOW("intrinsic gas too low"),
  INVALID_SENDER("invalid sender");

  private final String description;

  InvalidTransactionReason(String description) {
    this.description = description;
  }

  /** geth's error text, e.g. for JSON-RPC error messages. */
  public String description() {
    return description;
  }
}
