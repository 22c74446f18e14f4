package org.peerchain.core.genesis;

import java.util.Objects;
import org.peerchain.core.types.UInt256;

/** An account funded at genesis. */
public record GenesisAccount(UInt256 balance, long nonce) {
  public GenesisAccount {
    Objects.requireNonNull(balance, "balance");
    if (nonce < 0) {
      throw new IllegalArgumentException("nonce must not be negative, got " + nonce);
    }
  }

  public static GenesisAccount of(UInt256 balance) {
    return new GenesisAccount(balance, 0);
  }
}
