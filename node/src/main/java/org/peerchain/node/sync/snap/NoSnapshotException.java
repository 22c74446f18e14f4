package org.peerchain.node.sync.snap;

/** No peer offered a snapshot that verifies within the wait: the node joins by full sync instead. */
public final class NoSnapshotException extends RuntimeException {
  public NoSnapshotException(String message) {
    super(message);
  }
}
