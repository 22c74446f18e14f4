package org.peerchain.testnet.status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.peerchain.testnet.manifest.Manifest;
import org.peerchain.testnet.manifest.NodeEntry;
import org.peerchain.testnet.process.NodeProcesses;
import org.peerchain.testnet.rpc.BlockSummary;
import org.peerchain.testnet.rpc.NodeClient;
import org.peerchain.testnet.rpc.RpcError;
import org.peerchain.testnet.rpc.RpcUnavailable;

/** Asks every node of a testnet how it is, and whether they agree. */
public final class StatusProbe {
  private static final int TIMEOUT_MS = 3_000;

  private final NodeProcesses processes;

  public StatusProbe(NodeProcesses processes) {
    this.processes = processes;
  }

  public List<NodeStatus> probe(Manifest manifest) {
    List<NodeStatus> out = new ArrayList<>();
    for (NodeEntry n : manifest.nodes()) {
      out.add(probe(n));
    }
    return out;
  }

  NodeStatus probe(NodeEntry n) {
    boolean alive = processes.isRunning(n);
    if (!alive) {
      return NodeStatus.down(n, false, n.pid().isPresent() ? "process " + n.pid().getAsLong() + " is gone" : "not started");
    }
    try (NodeClient client = NodeClient.local(n.rpcPort(), TIMEOUT_MS)) {
      Optional<BlockSummary> head = client.latestBlock();
      NodeClient.PoolSize pool = client.poolSize();
      int peers = client.peerCount();
      return new NodeStatus(n, true, true, head.map(BlockSummary::number).orElse(-1L),
          head.map(BlockSummary::hash).orElse("-"), peers, pool.pending(), pool.queued(), Optional.empty());
    } catch (RpcUnavailable | RpcError e) {
      return NodeStatus.down(n, true, "JSON-RPC does not answer (" + e.getMessage() + ")");
    }
  }

  /** The up nodes' hashes at the lowest head height among them. */
  public Agreement agreement(List<NodeStatus> statuses) {
    List<NodeStatus> up = statuses.stream().filter(NodeStatus::up).toList();
    long height = up.stream().mapToLong(NodeStatus::height).min().orElse(-1);
    Map<String, String> hashes = new LinkedHashMap<>();
    for (NodeStatus s : up) {
      try (NodeClient client = NodeClient.local(s.node().rpcPort(), TIMEOUT_MS)) {
        hashes.put(s.node().name(), client.block(height).map(BlockSummary::hash).orElse("(missing)"));
      } catch (RpcUnavailable | RpcError e) {
        hashes.put(s.node().name(), "(no answer)");
      }
    }
    return new Agreement(height, hashes);
  }
}
