package org.peerchain.p2p.peers;

import io.netty.util.NetUtil;
import java.net.InetAddress;
import java.util.Optional;

/** What kind of network an IP address belongs to, and parsing of IP literals without any DNS lookup. */
public final class IpRanges {
  private IpRanges() {}

  /** The address {@code host} spells, when it is an IPv4 or IPv6 literal; a host name gives empty. */
  public static Optional<InetAddress> literal(String host) {
    if (!NetUtil.isValidIpV4Address(host) && !NetUtil.isValidIpV6Address(host)) {
      return Optional.empty();
    }
    return Optional.ofNullable(NetUtil.createInetAddressFromIpAddressString(host));
  }

  /** Loopback, private, link-local, unique-local or shared (CGNAT) space: not reachable from the internet. */
  public static boolean isLan(InetAddress a) {
    if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress()) {
      return true;
    }
    byte[] b = a.getAddress();
    if (b.length == 4) {
      return (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
    }
    return (b[0] & 0xfe) == 0xfc;
  }

  /** Addresses no node listens on: unspecified, multicast, broadcast, reserved and documentation ranges. */
  public static boolean isSpecial(InetAddress a) {
    if (a.isAnyLocalAddress() || a.isMulticastAddress()) {
      return true;
    }
    byte[] b = a.getAddress();
    if (b.length == 4) {
      int b0 = b[0] & 0xff;
      int b1 = b[1] & 0xff;
      int b2 = b[2] & 0xff;
      return b0 == 0 || b0 >= 240
          || (b0 == 192 && b1 == 0 && (b2 == 0 || b2 == 2))
          || (b0 == 198 && (b1 & 0xfe) == 18)
          || (b0 == 198 && b1 == 51 && b2 == 100)
          || (b0 == 203 && b1 == 0 && b2 == 113);
    }
    // 2001:db8::/32, documentation.
    return (b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x01 && (b[2] & 0xff) == 0x0d && (b[3] & 0xff) == 0xb8;
  }
}
