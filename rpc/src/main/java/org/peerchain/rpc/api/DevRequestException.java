package org.peerchain.rpc.api;

/** A dev cheat the node refuses for its argument (a past timestamp, a corrupt dump); nothing changed. */
public final class DevRequestException extends RuntimeException {
  public DevRequestException(String message) {
    super(message);
  }
}
