package org.peerchain.rpc.api;

import java.util.Objects;
import org.peerchain.core.types.Hash;

/** The pool's answer to a submitted transaction. */
public sealed interface SubmitResult {
  static SubmitResult accepted(Hash hash) {
    return new Accepted(hash);
  }

  static SubmitResult rejected(String message) {
    return new Rejected(message);
  }

  record Accepted(Hash hash) implements SubmitResult {
    public Accepted {
      Objects.requireNonNull(hash, "hash");
    }
  }

  /** @param message geth's wording ("nonce too low: ..."), which wallets match on; passed through as is */
  record Rejected(String message) implements SubmitResult {
    public Rejected {
      Objects.requireNonNull(message, "message");
    }
  }
}
