package org.peerchain.storage.kv;

import java.nio.file.Path;
import org.peerchain.storage.kv.StorageException.Reason;
import org.rocksdb.RocksDBException;
import org.rocksdb.Status;

/** Turns RocksDB's checked exceptions into {@link StorageException}s an operator can act on. */
final class RocksDbErrors {
  private RocksDbErrors() {}

  static StorageException translate(RocksDBException e, String action, Path dir) {
    Status status = e.getStatus();
    String detail = status != null && status.getState() != null ? status.getState() : String.valueOf(e.getMessage());
    Reason reason = classify(status, detail);
    String message = switch (reason) {
      case DATA_DIR_IN_USE -> "data directory is in use by another peerchain process: " + dir;
      case DISK_FULL -> "no space left on device for data directory " + dir + " while " + action + ": " + detail;
      case CORRUPTION -> "data directory " + dir + " is corrupted (while " + action + "): " + detail;
      case IO -> "I/O error on data directory " + dir + " while " + action + ": " + detail;
      default -> "storage error on data directory " + dir + " while " + action + ": " + detail;
    };
    return new StorageException(reason, message, detail, e);
  }

  static Reason classify(Status status, String detail) {
    Status.Code code = status == null ? null : status.getCode();
    if ((status != null && status.getSubCode() == Status.SubCode.NoSpace)
        || detail.contains("No space left on device")) {
      return Reason.DISK_FULL;
    }
    // Another process: "While lock file: <dir>/LOCK: Resource temporarily unavailable".
    // This process: "lock hold by current process, ...: <dir>/LOCK: No locks available".
    if ((code == null || code == Status.Code.IOError)
        && (detail.contains("While lock file") || detail.contains("lock hold by current process"))) {
      return Reason.DATA_DIR_IN_USE;
    }
    if (code == Status.Code.Corruption) {
      return Reason.CORRUPTION;
    }
    return code == Status.Code.IOError ? Reason.IO : Reason.OTHER;
  }
}
