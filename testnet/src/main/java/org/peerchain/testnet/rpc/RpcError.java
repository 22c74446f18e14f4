package org.peerchain.testnet.rpc;

/** A JSON-RPC error object returned by a node: the node answered, but refused the call. */
public final class RpcError extends RuntimeException {
  public static final int METHOD_NOT_FOUND = -32601;

  private final int code;

  public RpcError(int code, String message) {
    super(message);
    this.code = code;
  }

  public int code() {
    return code;
  }
}
