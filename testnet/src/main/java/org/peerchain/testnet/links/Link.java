package org.peerchain.testnet.links;

import java.util.Objects;

/** The direction {@code from} → {@code to} between two nodes, named as in testnet.json. */
public record Link(String from, String to) {
  public Link {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.equals(to)) {
      throw new IllegalArgumentException("a link joins two different nodes, not " + from + " to itself");
    }
  }

  public Link reverse() {
    return new Link(to, from);
  }

  @Override
  public String toString() {
    return from + "→" + to;
  }
}
