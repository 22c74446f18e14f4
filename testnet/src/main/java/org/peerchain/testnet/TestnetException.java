package org.peerchain.testnet;

/** A testnet operation that cannot go on; the message is for people and names what to fix. */
public final class TestnetException extends RuntimeException {
  public TestnetException(String message) {
    super(message);
  }

  public TestnetException(String message, Throwable cause) {
    super(message, cause);
  }
}
