package org.peerchain.storage.state;

import org.peerchain.core.types.Hash;

/** A read at a state root whose trie is not stored: pruned, or never a state root of this chain. */
public final class StateUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Hash root;

  public StateUnavailableException(Hash root, Throwable cause) {
    super("state at root " + root + " is not available (pruned or unknown)", cause);
    this.root = root;
  }

  public Hash root() {
    return root;
  }
}
