package org.peerchain.testnet.layout;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import org.peerchain.testnet.TestnetException;
import org.peerchain.testnet.manifest.NodeEntry;

/** Checks, by binding each, that the ports the nodes will listen on are free on 127.0.0.1. */
public final class PortCheck {
  private PortCheck() {}

  public record Use(int port, String purpose) {}

  public static List<Use> uses(NodeEntry node) {
    return List.of(new Use(node.p2pPort(), "P2P of " + node.name()), new Use(node.rpcPort(), "JSON-RPC of " + node.name()),
        new Use(node.metricsPort(), "metrics of " + node.name()));
  }

  /** @throws TestnetException naming the first port in use and what it was meant for */
  public static void requireFree(List<Use> uses) {
    for (Use use : uses) {
      if (!isFree(use.port())) {
        throw new TestnetException("port " + use.port() + " (" + use.purpose() + ") is in use on 127.0.0.1; "
            + "stop what listens there or choose another --base-port");
      }
    }
  }

  public static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      // Without SO_REUSEADDR a port in TIME_WAIT would count as used, and restarts would fail for a minute.
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(NodeEntry.HOST, port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
