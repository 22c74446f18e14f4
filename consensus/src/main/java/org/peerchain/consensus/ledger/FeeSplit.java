package org.peerchain.consensus.ledger;

import java.util.Objects;
import org.peerchain.core.types.UInt256;

/**
 * The fee of one transaction: gas used * base fee is burned, gas used * tip per gas goes to the
 * block's proposer; the sender pays both.
 */
public record FeeSplit(UInt256 burned, UInt256 tip) {
  public FeeSplit {
    Objects.requireNonNull(burned, "burned");
    Objects.requireNonNull(tip, "tip");
  }

  /** gas used * effective gas price. */
  public UInt256 charged() {
    return burned.add(tip);
  }
}
