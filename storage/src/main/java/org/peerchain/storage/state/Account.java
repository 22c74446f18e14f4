package org.peerchain.storage.state;

import org.peerchain.core.types.UInt256;

/**
 * An account as peerchain keeps it: a nonce and a balance. There is no code and no storage, so
 * its trie leaf always carries the empty storage root and the empty code hash.
 */
public record Account(long nonce, UInt256 balance) {
  public static final Account EMPTY = new Account(0, UInt256.ZERO);

  public Account {
    if (balance == null) {
      throw new IllegalArgumentException("balance is missing");
    }
  }

  /** EIP-161: an account with zero nonce and zero balance (and no code) does not exist in state. */
  public boolean isEmpty() {
    return nonce == 0 && balance.isZero();
  }

  public Account withBalance(UInt256 newBalance) {
    return new Account(nonce, newBalance);
  }

  /** The next nonce; nonces are unsigned 64-bit and 2^64-1 can never be reached (EIP-2681). */
  public Account withNextNonce() {
    if (nonce == -1L) {
      throw new ArithmeticException("nonce overflow");
    }
    return new Account(nonce + 1, balance);
  }
}
