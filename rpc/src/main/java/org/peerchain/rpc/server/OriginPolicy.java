package org.peerchain.rpc.server;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which browser origins may call: CORS over HTTP (geth's --http.corsdomain) and the WebSocket
 * handshake (geth's --ws.origins). Requests without an Origin header come from software that is not
 * a browser and are not restricted (it could send any Origin anyway).
 */
public final class OriginPolicy {
  private final boolean any;
  private final Set<String> origins;

  public OriginPolicy(List<String> origins) {
    this.any = origins.contains("*");
    this.origins = origins.stream().map(o -> o.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  }

  /** Whether to send CORS headers allowing {@code origin}. No origins configured: none. */
  public boolean allowsCors(String origin) {
    return origin != null && (any || origins.contains(origin.toLowerCase(Locale.ROOT)));
  }

  /** WebSocket handshakes: with no origins configured, pages served from localhost may connect. */
  public boolean allowsWebSocket(String origin) {
    if (origin == null || any) {
      return true;
    }
    if (origins.isEmpty()) {
      return isLocalhost(origin);
    }
    return origins.contains(origin.toLowerCase(Locale.ROOT));
  }

  /** The Access-Control-Allow-Origin value for an allowed origin. */
  public String allowOriginHeader(String origin) {
    return any ? "*" : origin;
  }

  private static boolean isLocalhost(String origin) {
    try {
      String host = URI.create(origin).getHost();
      return host != null && (host.equalsIgnoreCase("localhost") || host.equals("127.0.0.1") || host.equals("[::1]"));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
