package org.peerchain.core.tx;

import org.peerchain.core.bytes.Bytes;

/**
 * The gas a transaction costs before execution (Shanghai rules): 21000, data at 16 per non-zero
 * and 4 per zero byte (EIP-2028), 2400 per access-list address and 1900 per storage key
 * (EIP-2930), and for contract creation 32000 plus 2 per 32-byte word of initcode (EIP-3860).
 * Creation is costed although the ledger refuses it, so figures match Ethereum's.
 */
public final class IntrinsicGas {
  public static final long BASE = 21_000;
  public static final long CREATION = 32_000;
  public static final long DATA_NON_ZERO_BYTE = 16;
  public static final long DATA_ZERO_BYTE = 4;
  public static final long ACCESS_LIST_ADDRESS = 2_400;
  public static final long ACCESS_LIST_STORAGE_KEY = 1_900;
  public static final long INITCODE_WORD = 2;

  private IntrinsicGas() {}

  public static long of(Transaction tx) {
    return of(tx.body());
  }

  // Cannot overflow: data is under 2^31 bytes, so every term stays far below 2^63.
  public static long of(UnsignedTransaction tx) {
    Bytes data = tx.data();
    long nonZero = 0;
    for (int i = 0; i < data.size(); i++) {
      if (data.get(i) != 0) {
        nonZero++;
      }
    }
    long gas = BASE + nonZero * DATA_NON_ZERO_BYTE + (data.size() - nonZero) * DATA_ZERO_BYTE;
    for (AccessListEntry entry : tx.accessList()) {
      gas += ACCESS_LIST_ADDRESS + entry.storageKeys().size() * ACCESS_LIST_STORAGE_KEY;
    }
    if (tx.isContractCreation()) {
      gas += CREATION + ((data.size() + 31L) / 32) * INITCODE_WORD;
    }
    return gas;
  }
}
