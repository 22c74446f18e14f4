package org.peerchain.storage.kv;

/**
 * A failure of the storage underneath: the message is for the operator, {@link #detail()} keeps
 * the storage engine's own status text for diagnosis.
 */
public class StorageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What went wrong, so callers can react without parsing messages. */
  public enum Reason {
    /** Another process (or another store in this process) holds the data directory's lock. */
    DATA_DIR_IN_USE,
    DISK_FULL,
    CORRUPTION,
    /** The data directory was written by a peerchain this one cannot read. */
    INCOMPATIBLE,
    IO,
    OTHER
  }

  private final Reason reason;
  private final String detail;

  public StorageException(Reason reason, String message, String detail, Throwable cause) {
    super(message, cause);
    this.reason = reason;
    this.detail = detail == null ? "" : detail;
  }

  public Reason reason() {
    return reason;
  }

  /** The storage engine's status text, or empty. */
  public String detail() {
    return detail;
  }
}
