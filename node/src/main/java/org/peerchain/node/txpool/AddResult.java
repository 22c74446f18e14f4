package org.peerchain.node.txpool;

import java.util.Objects;
import java.util.Optional;
import org.peerchain.consensus.ledger.TxRejection;
import org.peerchain.core.types.Hash;

/** The outcome of {@link TxPool#add}. */
public sealed interface AddResult {

  /** A new transaction, now waiting in {@code slot}. */
  record Added(Hash hash, Slot slot) implements AddResult {
    public Added {
      Objects.requireNonNull(hash, "hash");
      Objects.requireNonNull(slot, "slot");
    }
  }

  /** The transaction took the place of {@code oldHash}, the sender's transaction of the same nonce. */
  record Replaced(Hash hash, Hash oldHash, Slot slot) implements AddResult {
    public Replaced {
      Objects.requireNonNull(hash, "hash");
      Objects.requireNonNull(oldHash, "oldHash");
      Objects.requireNonNull(slot, "slot");
    }
  }

  /**
   * Refused. {@code message} starts with geth's error text (what wallets match on) and is what
   * eth_sendRawTransaction returns; {@code ledgerReason} is present when a ledger rule refused it.
   */
  record Rejected(String message, RejectReason reason, Optional<TxRejection.Reason> ledgerReason)
      implements AddResult {
    public Rejected {
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(ledgerReason, "ledgerReason");
    }

    static Rejected of(RejectReason reason) {
      return new Rejected(reason.description(), reason, Optional.empty());
    }

    static Rejected of(RejectReason reason, String detail) {
      return new Rejected(reason.description() + ": " + detail, reason, Optional.empty());
    }

    static Rejected invalid(TxRejection rejection) {
      return new Rejected(rejection.message(), RejectReason.INVALID, Optional.of(rejection.reason()));
    }
  }

  default boolean isAccepted() {
    return !(this instanceof Rejected);
  }
}
