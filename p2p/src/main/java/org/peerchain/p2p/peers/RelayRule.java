package org.peerchain.p2p.peers;

import java.net.InetAddress;
import java.util.Optional;

/**
 * Which addresses a peer may tell us about (geth's CheckRelayIP idea): never unspecified or special
 * ones; loopback ones only from a sender on loopback; LAN ones only from a sender on a LAN or
 * loopback. A remote peer thus cannot point us at our own machine or our own network.
 */
public final class RelayRule {
  private RelayRule() {}

  /** Empty when {@code sender} may relay {@code address}, else why not. */
  public static Optional<String> check(InetAddress sender, InetAddress address) {
    if (IpRanges.isSpecial(address)) {
      return Optional.of("special-purpose address " + address.getHostAddress());
    }
    if (address.isLoopbackAddress() && !sender.isLoopbackAddress()) {
      return Optional.of("loopback address " + address.getHostAddress() + " from a remote sender");
    }
    if (IpRanges.isLan(address) && !IpRanges.isLan(sender)) {
      return Optional.of("LAN address " + address.getHostAddress() + " from a sender outside any LAN");
    }
    return Optional.empty();
  }
}
