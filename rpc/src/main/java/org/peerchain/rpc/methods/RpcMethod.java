package org.peerchain.rpc.methods;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One JSON-RPC method. Implementations are stateless apart from what they are built with, safe to
 * call from many threads, and report every failure as an {@link RpcException}.
 */
public interface RpcMethod {
  /** The wire name, e.g. "eth_getBalance"; its prefix is the namespace. */
  String name();

  /** The result member; JSON null (not Java null) for "not found". */
  JsonNode execute(RpcParams params, CallContext context);

  default Namespace namespace() {
    return Namespace.of(name());
  }
}
