package org.peerchain.storage.snap;

/** An account range that does not prove against the state root: the sender served bad data. */
public final class InvalidRangeProofException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidRangeProofException(String reason) {
    super(reason);
  }

  public InvalidRangeProofException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
