package org.peerchain.p2p.peers;

import java.net.InetAddress;
import java.util.Locale;

/**
 * The group an address belongs to for diversity limits: its /24 for IPv4 and /48 for IPv6 (what
 * one operator commonly holds), or the name itself for a host name.
 */
public final class Subnet {
  private Subnet() {}

  public static String of(InetAddress a) {
    byte[] b = a.getAddress();
    if (b.length == 4) {
      return (b[0] & 0xff) + "." + (b[1] & 0xff) + "." + (b[2] & 0xff) + ".0/24";
    }
    return String.format("%02x%02x:%02x%02x:%02x%02x::/48", b[0], b[1], b[2], b[3], b[4], b[5]);
  }

  /** The group of a host as written in an address: an IP literal's subnet, else the lower-cased name. */
  public static String ofHost(String host) {
    return IpRanges.literal(host).map(Subnet::of).orElseGet(() -> "name:" + host.toLowerCase(Locale.ROOT));
  }
}
