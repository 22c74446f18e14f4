package org.peerchain.consensus.execution;

import java.util.Objects;
import org.peerchain.consensus.ledger.TxRejection;
import org.peerchain.core.tx.Transaction;

/** Why a block is invalid. Nothing of a rejected block was applied. */
public record BlockRejection(Reason reason, String message) {
  public BlockRejection {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
  }

  static BlockRejection of(Reason reason, String detail) {
    return new BlockRejection(reason, reason.description() + ": " + detail);
  }

  static BlockRejection invalidTransaction(int index, Transaction tx, TxRejection why) {
    return of(Reason.INVALID_TRANSACTION, "transaction " + index + " (" + tx.hash() + "): " + why.message());
  }

  public enum Reason {
    WRONG_PARENT_HASH("parent hash is not the parent's hash"),
    WRONG_NUMBER("number does not follow the parent's"),
    TIMESTAMP_BEFORE_PARENT("timestamp is before the parent's"),
    TIMESTAMP_TOO_FAR_IN_FUTURE("timestamp is too far in the future"),
    COINBASE_NOT_VALIDATOR("coinbase is not a validator"),
    WRONG_GAS_LIMIT("gas limit is not the chain's"),
    GAS_USED_ABOVE_GAS_LIMIT("gas used exceeds the gas limit"),
    WRONG_BASE_FEE("base fee is not the one the parent implies"),
    EXTRA_DATA_TOO_LONG("extra data is longer than 32 bytes"),
    WRONG_CONSTANT_FIELD("a field peerchain keeps constant has another value"),
    BLOCK_TOO_LARGE("block is too large"),
    TRANSACTIONS_ROOT_MISMATCH("transactions root does not match the transactions"),
    INVALID_TRANSACTION("invalid transaction"),
    GAS_USED_MISMATCH("gas used does not match execution"),
    RECEIPTS_ROOT_MISMATCH("receipts root does not match execution"),
    STATE_ROOT_MISMATCH("state root does not match execution");

    private final String description;

    Reason(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }
}
