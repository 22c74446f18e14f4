package org.peerchain.testnet.up;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peerchain.testnet.TestnetException;
import org.peerchain.testnet.manifest.Manifest;
import org.peerchain.testnet.manifest.NodeEntry;
import org.peerchain.testnet.process.LogTail;
import org.peerchain.testnet.rpc.NodeClient;
import org.peerchain.testnet.rpc.RpcError;
import org.peerchain.testnet.rpc.RpcUnavailable;

/**
 * Waits until a started network works: every node's process lives, its RPC answers, it has its
 * peers (all other nodes; the configs make a full mesh) and its head has grown since first seen.
 */
public final class StartupWaiter {
  private static final long POLL_MS = 250;
  private static final int LOG_LINES = 15;

  /** Whether a node's process is still alive, and its exit code when it is not. */
  public interface Liveness {
    /** @return null while alive, else a description such as "exited with code 1" */
    String death(NodeEntry node);
  }

  private final Liveness liveness;

  public StartupWaiter(Liveness liveness) {
    this.liveness = liveness;
  }

  /** @throws TestnetException naming the node that died or the nodes not ready by the deadline */
  public void await(Manifest manifest, Duration timeout, boolean networking) {
    long deadline = System.nanoTime() + timeout.toNanos();
    int wantedPeers = networking ? manifest.nodes().size() - 1 : 0;
    Map<String, Long> firstHeight = new HashMap<>();
    Map<String, NodeClient> clients = new HashMap<>();
    try {
      for (NodeEntry n : manifest.nodes()) {
        clients.put(n.name(), NodeClient.local(n.rpcPort(), 2_000));
      }
      while (true) {
        List<String> waiting = new ArrayList<>();
        for (NodeEntry n : manifest.nodes()) {
          String death = liveness.death(n);
          if (death != null) {
            throw new TestnetException(n.name() + " failed to start (" + death + ")" + LogTail.describe(n.logFile(), LOG_LINES));
          }
          String reason = notReady(n, clients.get(n.name()), firstHeight, wantedPeers);
          if (reason != null) {
            waiting.add(n.name() + ": " + reason);
          }
        }
        if (waiting.isEmpty()) {
          return;
        }
        if (System.nanoTime() > deadline) {
          NodeEntry first = manifest.node(waiting.get(0).substring(0, waiting.get(0).indexOf(':'))).orElseThrow();
          throw new TestnetException("the testnet did not become ready within " + timeout.toSeconds() + " s ("
              + String.join("; ", waiting) + ")" + LogTail.describe(first.logFile(), LOG_LINES));
        }
        sleep();
      }
    } finally {
      clients.values().forEach(NodeClient::close);
    }
  }

  private static String notReady(NodeEntry n, NodeClient client, Map<String, Long> firstHeight, int wantedPeers) {
    try {
      long height = client.blockNumber();
      Long first = firstHeight.putIfAbsent(n.name(), height);
      if (wantedPeers > 0) {
        int peers = client.peerCount();
        if (peers < wantedPeers) {
          return peers + " of " + wantedPeers + " peers";
        }
      }
      if (first == null || height <= first) {
        return "head #" + height + " not advancing yet";
      }
      return null;
    } catch (RpcUnavailable | RpcError e) {
      return "JSON-RPC not answering yet";
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(POLL_MS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TestnetException("interrupted while waiting for the testnet to start");
    }
  }
}
