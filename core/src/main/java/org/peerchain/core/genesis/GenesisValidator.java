package org.peerchain.core.genesis;

import java.util.Objects;
import org.peerchain.core.types.Address;

/** A validator of the first block and its voting power. */
public record GenesisValidator(Address address, long power) {
  public GenesisValidator {
    Objects.requireNonNull(address, "address");
    if (power <= 0) {
      throw new IllegalArgumentException("validator power must be positive, got " + power);
    }
  }
}
