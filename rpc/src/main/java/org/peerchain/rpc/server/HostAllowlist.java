package org.peerchain.rpc.server;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * geth's --http.vhosts: guards against DNS rebinding, where a web page makes the browser call
 * 127.0.0.1 under the attacker's host name. Requests naming an IP literal, or no host at all
 * (not a browser), are accepted.
 */
public final class HostAllowlist {
  private final boolean any;
  private final Set<String> names;
  /** The last header permitted: a client sends the same one on every call, so most checks are one comparison. */
  private volatile String lastPermitted = "";

  public HostAllowlist(List<String> names) {
    this.any = names.contains("*");
    this.names = names.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  }

  /** {@code hostHeader} as sent, possibly with a port; null when absent. */
  public boolean permits(String hostHeader) {
    if (any || hostHeader == null || hostHeader.isEmpty() || hostHeader.equals(lastPermitted)) {
      return true;
    }
    String host = stripPort(hostHeader.trim()).toLowerCase(Locale.ROOT);
    boolean permitted = isIpLiteral(host) || names.contains(host);
    if (permitted) {
      lastPermitted = hostHeader;
    }
    return permitted;
  }

  static String stripPort(String host) {
    if (host.startsWith("[")) {
      int end = host.indexOf(']');
      return end < 0 ? host : host.substring(0, end + 1);
    }
    int colon = host.indexOf(':');
    // More than one colon without brackets: a bare IPv6 address, no port.
    return colon >= 0 && host.indexOf(':', colon + 1) < 0 ? host.substring(0, colon) : host;
  }

  static boolean isIpLiteral(String host) {
    if (host.startsWith("[") || host.indexOf(':') >= 0) {
      return true;
    }
    String[] parts = host.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String p : parts) {
      if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9') || Integer.parseInt(p) > 255) {
        return false;
      }
    }
    return true;
  }
}
