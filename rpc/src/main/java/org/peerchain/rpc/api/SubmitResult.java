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

  /** Refused for a limit of the node's, not for the transaction: the same one may be taken later. */
  static SubmitResult limitExceeded(String message) {
    return new LimitExceeded(message);
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

  /** @param message what limit was reached; answered as JSON-RPC error -32005, as geth and Besu do */
  record LimitExceeded(String message) implements SubmitResult {
    public LimitExceeded {
      Objects.requireNonNull(message, "message");
    }
  }
}
