package org.peerchain.rpc.api;

import java.util.Objects;
import org.peerchain.core.types.Address;

/** One member of the current validator set. */
public record ValidatorInfo(Address address, long votingPower) {
  public ValidatorInfo {
    Objects.requireNonNull(address, "address");
    if (votingPower <= 0) {
      throw new IllegalArgumentException("voting power must be positive, got " + votingPower);
    }
  }
}
