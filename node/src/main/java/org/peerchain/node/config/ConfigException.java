package org.peerchain.node.config;

/** A config file, environment variable or option value that the node cannot use; the message says which and why. */
public final class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }
}
