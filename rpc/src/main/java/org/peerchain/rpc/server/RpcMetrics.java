package org.peerchain.rpc.server;

/** Called once per executed call; the node turns it into Prometheus figures. Must be fast and never throw. */
@FunctionalInterface
public interface RpcMetrics {
  RpcMetrics NONE = (method, nanos, error) -> {};

  /**
   * @param method the method name, or {@link #UNKNOWN_METHOD} for names that are not served (so
   *     that a client cannot create unbounded label values)
   * @param error whether the call answered with an error object
   */
  void onRequest(String method, long nanos, boolean error);

  String UNKNOWN_METHOD = "(unknown)";
}
