package org.peerchain.rpc.methods.eth;

import org.peerchain.rpc.filters.FilterKind;
import org.peerchain.rpc.filters.FilterManager;
import org.peerchain.rpc.methods.RpcException;

/** Installs a filter or says the limit is reached. */
final class FilterInstall {
  private FilterInstall() {}

  static String install(FilterManager filters, FilterKind kind) {
    return filters.install(kind)
        .orElseThrow(() -> new RpcException(RpcException.LIMIT_EXCEEDED, "too many filters installed"));
  }

  static RpcException notFound() {
    return RpcException.server("filter not found");
  }
}
