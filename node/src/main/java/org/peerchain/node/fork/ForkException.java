package org.peerchain.node.fork;

/** The upstream of a fork failed, or answered something that does not verify. The message says which. */
public final class ForkException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ForkException(String message) {
    super(message);
  }

  public ForkException(String message, Throwable cause) {
    super(message, cause);
  }
}
