package org.peerchain.rpc.methods;

import java.util.Locale;

/** Groups of methods that can be switched on or off together, as geth's --http.api. */
public enum Namespace {
  WEB3, NET, ETH, TXPOOL, PEERCHAIN, DEV, OTS;

  public String prefix() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The namespace of a method name ("eth_getBalance" is in ETH). */
  public static Namespace of(String methodName) {
    int underscore = methodName.indexOf('_');
    if (underscore <= 0) {
      throw new IllegalArgumentException("method name has no namespace prefix: " + methodName);
    }
    return parse(methodName.substring(0, underscore));
  }

  /** "eth" or "ETH". */
  public static Namespace parse(String prefix) {
    try {
      return valueOf(prefix.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown RPC namespace '" + prefix + "' (known: web3, net, eth, txpool, peerchain, dev, ots)");
    }
  }
}
