package org.peerchain.rpc.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.peerchain.rpc.methods.CallContext;
import org.peerchain.rpc.methods.RpcException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** POST /: one JSON-RPC request or batch per HTTP request. */
final class HttpRpcHandler implements Handler {
  private static final Logger LOG = LoggerFactory.getLogger(HttpRpcHandler.class);
  static final String JSON = "application/json";
  private static final byte[] NO_BODY = new byte[0];

  private final JsonRpcProcessor processor;
  private final int maxBodyBytes;

  HttpRpcHandler(JsonRpcProcessor processor, int maxBodyBytes) {
    this.processor = processor;
    this.maxBodyBytes = maxBodyBytes;
  }

  /** A response's status and body. */
  record Answer(int status, byte[] body) {}

  @Override
  public void handle(Context ctx) throws IOException {
    Answer answer = answer(processor, ctx.req().getInputStream(), ctx.req().getContentLengthLong(), maxBodyBytes,
        CallContext.HTTP);
    ctx.status(answer.status()).contentType(JSON).result(answer.body());
  }

  /** Reads one request body (bounded) and processes it; shared with {@link DirectPostHandler}. */
  static Answer answer(JsonRpcProcessor processor, InputStream in, long declaredLength, int maxBodyBytes,
      CallContext context) {
    byte[] body;
    try {
      body = BoundedBody.read(in, declaredLength, maxBodyBytes);
    } catch (BoundedBody.TooLargeException e) {
      return new Answer(413, errorBody(RpcException.INVALID_REQUEST, e.getMessage()));
    } catch (IOException e) {
      LOG.debug("Reading a request body failed: {}", e.getMessage());
      return new Answer(400, errorBody(RpcException.PARSE_ERROR, "could not read request body"));
    }
    return new Answer(200, processor.process(body, context).orElse(NO_BODY));
  }

  static byte[] errorBody(int code, String message) {
    // Hand-written: the message is ours and holds no characters that need escaping.
    return ("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":" + code + ",\"message\":\"" + message + "\"}}")
        .getBytes(StandardCharsets.UTF_8);
  }
}
