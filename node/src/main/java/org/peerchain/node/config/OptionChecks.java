package org.peerchain.node.config;


/** Range checks picocli's converters do not make; each failure names the option. */
public final class OptionChecks {
  private OptionChecks() {}

  public static void port(String option, int port, boolean zeroAllowed) {
    if (port < (zeroAllowed ? 0 : 1) || port > 65_535) {
      throw new ConfigException("invalid value for " + option + ": " + port + " is not a TCP port ("
          + (zeroAllowed ? "0" : "1") + "-65535)");
    }
  }

  public static void positive(String option, long value) {
    if (value <= 0) {
      throw new ConfigException("invalid value for " + option + ": " + value + " must be positive");
    }
  }

  public static void notNegative(String option, long value) {
    if (value < 0) {
      throw new ConfigException("invalid value for " + option + ": " + value + " must not be negative");
    }
  }
}
