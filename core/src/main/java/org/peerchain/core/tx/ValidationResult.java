package org.peerchain.core.tx;

import java.util.Objects;
import org.peerchain.core.types.Address;

/** The outcome of {@link TransactionValidator#validate}: the sender, or why the transaction is invalid. */
public sealed interface ValidationResult {

  boolean isValid();

  record Valid(Address sender) implements ValidationResult {
    public Valid {
      Objects.requireNonNull(sender, "sender");
    }

    @Override
    public boolean isValid() {
      return true;
    }
  }

  /** {@code message} starts with the reason's description and adds the offending values. */
  record Invalid(InvalidTransactionReason reason, String message) implements ValidationResult {
    public Invalid {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(message, "message");
    }

    @Override
    public boolean isValid() {
      return false;
    }
  }
}
