package org.peerchain.core.genesis;

/** A genesis file that cannot be read or is not valid; the message names the field and the value. */
public final class GenesisException extends RuntimeException {
  public GenesisException(String message) {
    super(message);
  }

  public GenesisException(String message, Throwable cause) {
    super(message, cause);
  }
}
