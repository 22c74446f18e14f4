package org.peerchain.storage.trie;

/** A stored (or proof) node that is not a valid trie node: corrupt storage or a bad proof. */
public final class MalformedTrieNodeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MalformedTrieNodeException(String message) {
    super(message);
  }

  public MalformedTrieNodeException(String message, Throwable cause) {
    super(message, cause);
  }
}
