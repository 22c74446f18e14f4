package org.peerchain.rpc.server;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.HandlerWrapper;
import org.peerchain.rpc.methods.CallContext;

/**
 * Answers the common JSON-RPC call, a POST to / from an allowed host without an Origin header,
 * inside Jetty, before Javalin's servlet: that layer (routing, context objects, the compression
 * wrapper) cost about a tenth of the server's CPU per call in a profile, and is more code for the
 * JIT to compile before a fresh node is fast. Everything else (CORS, a refused host, WebSocket
 * upgrades, GET routes) goes on to Javalin, which answers it as before.
 */
final class DirectPostHandler extends HandlerWrapper {
  private final JsonRpcProcessor processor;
  private final HostAllowlist hosts;
  private final int maxBodyBytes;

  DirectPostHandler(JsonRpcProcessor processor, HostAllowlist hosts, int maxBodyBytes) {
    this.processor = processor;
    this.hosts = hosts;
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    if (!"/".equals(target) || !"POST".equals(request.getMethod()) || request.getHeader("Origin") != null
        || request.getHeader("Upgrade") != null || !hosts.permits(request.getHeader("Host"))) {
      super.handle(target, baseRequest, request, response);
      return;
    }
    baseRequest.setHandled(true);
    HttpRpcHandler.Answer answer = HttpRpcHandler.answer(processor, request.getInputStream(),
        request.getContentLengthLong(), maxBodyBytes, CallContext.HTTP);
    response.setStatus(answer.status());
    response.setContentType(HttpRpcHandler.JSON);
    response.setContentLength(answer.body().length);
    response.getOutputStream().write(answer.body());
  }
}
