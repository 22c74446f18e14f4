package org.peerchain.node.logging;

/** Logging cannot be set up as asked; the message says which option and why. */
public final class LoggingException extends RuntimeException {
  public LoggingException(String message) {
    super(message);
  }

  public LoggingException(String message, Throwable cause) {
    super(message, cause);
  }
}
