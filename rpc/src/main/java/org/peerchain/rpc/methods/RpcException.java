package org.peerchain.rpc.methods;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A JSON-RPC error a method answers with: code, message and optional data. Raised on bad input,
 * so it carries no stack trace (cheap, and nothing to leak); the processor turns it into the error
 * object and is the only place that logs.
 */
public final class RpcException extends RuntimeException {
  public static final int PARSE_ERROR = -32700;
  public static final int INVALID_REQUEST = -32600;
  public static final int METHOD_NOT_FOUND = -32601;
  public static final int INVALID_PARAMS = -32602;
  public static final int INTERNAL_ERROR = -32603;
  /** geth's code for every server-side failure: tx pool rejections, missing headers, and so on. */
  public static final int SERVER_ERROR = -32000;
  /** geth's code for a request over a limit (batch size). */
  public static final int LIMIT_EXCEEDED = -32005;

  private final int code;
  private final transient JsonNode data;

  public RpcException(int code, String message) {
    this(code, message, null);
  }

  public RpcException(int code, String message, JsonNode data) {
    super(message, null, false, false);
    this.code = code;
    this.data = data;
  }

  public static RpcException invalidParams(String message) {
    return new RpcException(INVALID_PARAMS, message);
  }

  public static RpcException server(String message) {
    return new RpcException(SERVER_ERROR, message);
  }

  public static RpcException methodNotFound(String method) {
    return new RpcException(METHOD_NOT_FOUND, "the method " + method + " does not exist/is not available");
  }

  public static RpcException invalidRequest(String message) {
    return new RpcException(INVALID_REQUEST, message);
  }

  public int code() {
    return code;
  }

  /** Null when the error has no data member. */
  public JsonNode data() {
    return data;
  }
}
