package org.peerchain.storage.trie;

/** A Merkle proof that does not link the claimed root to the key: wrong hash, missing node, garbage. */
public final class InvalidProofException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidProofException(String message) {
    super(message);
  }

  public InvalidProofException(String message, Throwable cause) {
    super(message, cause);
  }
}
