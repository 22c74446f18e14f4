package org.peerchain.testnet.links;

import java.util.ArrayList;
import java.util.List;
import org.peerchain.testnet.manifest.NodeEntry;

/**
 * Where the proxies listen: node i's ports are P+10i..P+10i+9 and it uses the first three
 * ({@code layout.PortPlan}); the proxy through which it reaches the k-th other node listens on P+10i+3+k.
 * So the port plan, and the port checks of {@code up}, cover the proxies too, for up to
 * {@link #MAX_NODES} nodes.
 */
public final class LinkRoutes {
  /** layout.PortPlan's stride, repeated here because layout depends on this package (a test pins both). */
  static final int STRIDE = 10;
  static final int FIRST_OFFSET = 3;
  public static final int MAX_NODES = STRIDE - FIRST_OFFSET + 1;

  private LinkRoutes() {}

  /** @throws IllegalArgumentException when there are more than {@link #MAX_NODES} nodes */
  public static void check(int nodes) {
    if (nodes > MAX_NODES) {
      throw new IllegalArgumentException("--link-faults supports at most " + MAX_NODES + " nodes (each node has "
          + (MAX_NODES - 1) + " spare ports for its proxies), not " + nodes);
    }
  }

  /** Every directed pair of {@code nodes}, in node order. */
  public static List<Route> of(List<NodeEntry> nodes) {
    check(nodes.size());
    List<Route> routes = new ArrayList<>();
    for (NodeEntry from : nodes) {
      int k = 0;
      for (NodeEntry to : nodes) {
        if (to != from) {
          routes.add(new Route(new Link(from.name(), to.name()), from.p2pPort() + FIRST_OFFSET + k, to.p2pPort()));
          k++;
        }
      }
    }
    return routes;
  }

  /** The address {@code from} is given for {@code to}: the proxy's port, {@code to}'s id. */
  public static String proxiedAddress(NodeEntry from, NodeEntry to, List<NodeEntry> nodes) {
    Route route = of(nodes).stream().filter(r -> r.link().equals(new Link(from.name(), to.name()))).findFirst()
        .orElseThrow();
    return "peerchain://" + to.nodeId() + "@" + NodeEntry.HOST + ":" + route.listenPort();
  }
}
