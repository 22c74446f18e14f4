package org.peerchain.core.block;

import java.util.Objects;
import org.peerchain.core.crypto.Signature;
import org.peerchain.core.types.Address;

/** One validator's precommit signature. The validator is named so a verifier need not recover first. */
public record CommitSignature(Address validator, Signature signature) {
  public CommitSignature {
    Objects.requireNonNull(validator, "validator");
    Objects.requireNonNull(signature, "signature");
  }
}
