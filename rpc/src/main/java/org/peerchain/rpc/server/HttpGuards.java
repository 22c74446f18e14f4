package org.peerchain.rpc.server;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.Header;
import java.util.Locale;

/** Host and origin checks that run before any route, and CORS headers for allowed origins. */
final class HttpGuards {
  private final HostAllowlist hosts;
  private final OriginPolicy origins;

  HttpGuards(HostAllowlist hosts, OriginPolicy origins) {
    this.hosts = hosts;
    this.origins = origins;
  }

  /** Before every HTTP request. */
  void before(Context ctx) {
    if (!hosts.permits(ctx.header(Header.HOST))) {
      ctx.status(403).result("invalid host specified").skipRemainingHandlers();
      return;
    }
    String origin = ctx.header(Header.ORIGIN);
    if (origins.allowsCors(origin)) {
      ctx.header(Header.ACCESS_CONTROL_ALLOW_ORIGIN, origins.allowOriginHeader(origin));
      ctx.header(Header.VARY, "Origin");
      if (ctx.method() == HandlerType.OPTIONS) {
        String requested = ctx.header(Header.ACCESS_CONTROL_REQUEST_HEADERS);
        ctx.header(Header.ACCESS_CONTROL_ALLOW_METHODS, "POST, GET, OPTIONS");
        ctx.header(Header.ACCESS_CONTROL_ALLOW_HEADERS, requested == null ? "Content-Type" : requested);
        ctx.header(Header.ACCESS_CONTROL_MAX_AGE, "600");
        ctx.status(204).skipRemainingHandlers();
      }
    }
  }

  /** Before a WebSocket upgrade: a refused handshake never becomes a connection. */
  void beforeUpgrade(Context ctx) {
    if (!hosts.permits(ctx.header(Header.HOST))) {
      throw new ForbiddenResponse("invalid host specified");
    }
    String origin = ctx.header(Header.ORIGIN);
    // A page this server sent (the explorer) may always open its own socket: its host passed the allow-list.
    if (!origins.allowsWebSocket(origin) && !isSameOrigin(origin, ctx.header(Header.HOST))) {
      throw new ForbiddenResponse("origin not allowed");
    }
  }

  /** Whether {@code origin} is http(s)://{@code host}, host as the Host header gives it (with its port). */
  static boolean isSameOrigin(String origin, String host) {
    if (origin == null || host == null || host.isEmpty()) {
      return false;
    }
    String o = origin.toLowerCase(Locale.ROOT);
    String h = host.trim().toLowerCase(Locale.ROOT);
    return o.equals("http://" + h) || o.equals("https://" + h);
  }
}
