package org.peerchain.testnet.layout;

/**
 * Node i (from 0) of a testnet with base port P listens on P+10i (P2P), P+10i+1 (JSON-RPC and
 * WebSocket) and P+10i+2 (metrics): a fixed scheme, so ports are predictable from the node number.
 */
public final class PortPlan {
  public static final int DEFAULT_BASE = 26_000;
  public static final int STRIDE = 10;

  private PortPlan() {}

  public record NodePorts(int p2p, int rpc, int metrics) {}

  public static NodePorts forNode(int basePort, int index) {
    int p2p = basePort + STRIDE * index;
    return new NodePorts(p2p, p2p + 1, p2p + 2);
  }

  /** @throws IllegalArgumentException when the ports of {@code nodes} nodes would not fit in 1024..65535 */
  public static void check(int basePort, int nodes) {
    if (basePort < 1024) {
      throw new IllegalArgumentException("invalid value for --base-port: " + basePort + " (at least 1024)");
    }
    long last = (long) basePort + (long) STRIDE * (nodes - 1) + 2;
    if (last > 65_535) {
      throw new IllegalArgumentException("invalid value for --base-port: " + basePort + " leaves no room for "
          + nodes + " nodes (their last port would be " + last + ")");
    }
  }
}
