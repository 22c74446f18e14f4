package org.peerchain.testnet.manifest;

import java.util.Locale;

/** A validator votes and proposes; a full node follows and serves wallets. */
public enum NodeRole {
  VALIDATOR,
  FULL;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static NodeRole parse(String label) {
    for (NodeRole role : values()) {
      if (role.label().equals(label)) {
        return role;
      }
    }
    throw new IllegalArgumentException("unknown node role '" + label + "' (validator or full)");
  }
}
