package org.peerchain.storage.chain;

/**
 * A block handed to the chain store does not extend the head consistently; nothing was written.
 * This is the caller's fault (consensus must only finalize valid successors), never the disk's.
 */
public class BlockRejectedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public enum Reason {
    NOT_NEXT_NUMBER,
    WRONG_PARENT,
    STATE_ROOT_MISMATCH,
    RECEIPT_COUNT_MISMATCH,
    CERTIFICATE_MISMATCH,
    INVALID_GENESIS
  }

  private final Reason reason;

  public BlockRejectedException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
