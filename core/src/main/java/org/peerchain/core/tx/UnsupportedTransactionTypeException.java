package org.peerchain.core.tx;

/**
 * A well-framed EIP-2718 envelope whose type this node does not support (3 blob, 4 set code, or an
 * unknown type byte). Kept apart so RPC can answer geth's "transaction type not supported".
 */
public final class UnsupportedTransactionTypeException extends TransactionDecodingException {
  private final int type;

  public UnsupportedTransactionTypeException(int type) {
    super("transaction type " + type + describe(type) + " is not supported");
    this.type = type;
  }

  /** The type byte, 0..255. */
  public int type() {
    return type;
  }

  private static String describe(int type) {
    return switch (type) {
      case 0 -> " (legacy transactions are not enveloped)";
      case 3 -> " (blob)";
      case 4 -> " (set code)";
      default -> type >= 0x80 ? " (not an EIP-2718 type byte)" : " (unknown)";
    };
  }
}
