package org.peerchain.core.block;

/**
 * The outcome of one transaction. Peerchain runs no contracts, so a receipt has no logs and its
 * bloom is zero; the codec writes both as Ethereum expects so that receipts roots match.
 *
 * @param type the EIP-2718 type of the transaction: 0 (legacy), 1 (EIP-2930) or 2 (EIP-1559)
 * @param cumulativeGasUsed gas used in the block up to and including this transaction
 */
public record Receipt(int type, boolean success, long cumulativeGasUsed) {
  public static final int TYPE_LEGACY = 0;
  public static final int TYPE_ACCESS_LIST = 1;
  public static final int TYPE_DYNAMIC_FEE = 2;

  public Receipt {
    if (!isSupportedType(type)) {
      throw new IllegalArgumentException("unsupported transaction type " + type + " (supported: 0, 1, 2)");
    }
    if (cumulativeGasUsed < 0) {
      throw new IllegalArgumentException("cumulativeGasUsed must not be negative, got " + cumulativeGasUsed);
    }
  }

  public static boolean isSupportedType(int type) {
    return type == TYPE_LEGACY || type == TYPE_ACCESS_LIST || type == TYPE_DYNAMIC_FEE;
  }
}
