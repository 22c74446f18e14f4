package org.peerchain.storage.chain;

/**
 * The data directory cannot be used as this node's chain store. The message is for the operator;
 * {@link #reason()} lets callers react without parsing it.
 */
public class ChainStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public enum Reason {
    /** Opened a store that was never initialized with a genesis block. */
    NOT_INITIALIZED,
    /** Initializing a store that already holds a chain. */
    ALREADY_INITIALIZED,
    /** The store was written with another layout version. */
    SCHEMA_VERSION_MISMATCH,
    /** The store holds another chain: its genesis hash differs from this node's. */
    ANOTHER_CHAIN,
    /** The head pointer, or the block it names, is missing or inconsistent. */
    CORRUPT_HEAD,
    /** The world state at the head's state root is not available. */
    STATE_MISSING
  }

  private final Reason reason;

  public ChainStoreException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
