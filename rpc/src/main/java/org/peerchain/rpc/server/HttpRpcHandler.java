package org.peerchain.rpc.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** POST /: one JSON-RPC request or batch per HTTP request. */
final class HttpRpcHandler implements Handler {
  private static final Logger LOG = LoggerFactory.getLogger(HttpRpcHandler.class);
  static final String JSON = "application/json";

  private final JsonRpcProcessor processor;
  private final int maxBodyBytes;

  HttpRpcHandler(JsonRpcProcessor processor, int maxBodyBytes) {
    this.processor = processor;
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  public void handle(Context ctx) {
    byte[] body;
    try {
      body = BoundedBody.read(ctx.req().getInputStream(), ctx.req().getContentLengthLong(), maxBodyBytes);
    } catch (BoundedBody.TooLargeException e) {
      ctx.status(413).contentType(JSON).result(errorBody(RpcException.INVALID_REQUEST, e.getMessage()));
      return;
    } catch (IOException e) {
      LOG.debug("Reading a request body failed: {}", e.getMessage());
      ctx.status(400).contentType(JSON).result(errorBody(RpcException.PARSE_ERROR, "could not read request body"));
      return;
    }
    Optional<byte[]> response = processor.process(body, CallContext.HTTP);
    ctx.contentType(JSON);
    if (response.isPresent()) {
      ctx.result(response.get());
    } else {
      ctx.result(new byte[0]);
    }
  }

  static byte[] errorBody(int code, String message) {
    // Hand-written: the message is ours and holds no characters that need escaping.
    return ("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":" + code + ",\"message\":\"" + message + "\"}}")
        .getBytes(StandardCharsets.UTF_8);
  }
}
