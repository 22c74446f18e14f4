package org.peerchain.storage.state;

import org.peerchain.core.types.Address;

/**
 * A read of a lazily filled (forked) state whose account could not be proven: the upstream failed,
 * timed out or answered something that does not verify. Never turned into a default value.
 */
public final class UnprovenStateException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnprovenStateException(Address address, String reason, Throwable cause) {
    super("forked state: account " + address.toChecksumString() + " could not be proven: " + reason, cause);
  }
}
