package org.peerchain.consensus.bft.engine;

import java.util.Objects;
import org.peerchain.consensus.bft.message.ConsensusMessage;
import org.peerchain.consensus.bft.message.Step;
import org.peerchain.core.types.Address;

/**
 * Proof of equivocation: two differently valued messages that one validator signed for the same
 * (height, round, step). Both signatures were verified before the evidence was made.
 */
public record Evidence(ConsensusMessage first, ConsensusMessage second) {
  public Evidence {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    if (!first.signer().equals(second.signer()) || first.height() != second.height()
        || first.round() != second.round() || first.step() != second.step()) {
      throw new IllegalArgumentException("evidence needs two messages of one signer at one height, round and step");
    }
  }

  public Address validator() {
    return first.signer();
  }

  public long height() {
    return first.height();
  }

  public int round() {
    return first.round();
  }

  public Step step() {
    return first.step();
  }
}
