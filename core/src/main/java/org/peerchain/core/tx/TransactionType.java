package org.peerchain.core.tx;

/** The EIP-2718 transaction types this node accepts. Types 3 (blob) and 4 (set code) are not among them. */
public enum TransactionType {
  /** Untyped RLP list; with or without EIP-155 replay protection. */
  LEGACY(0),
  /** EIP-2930: chain id and access list, still a single gas price. */
  ACCESS_LIST(1),
  /** EIP-1559: max priority fee and max fee instead of a gas price. */
  DYNAMIC_FEE(2);

  private final int code;

  TransactionType(int code) {
    this.code = code;
  }

  /** The EIP-2718 type byte. */
  public int code() {
    return code;
  }

  public boolean isTyped() {
    return this != LEGACY;
  }
}
