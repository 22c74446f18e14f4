package org.peerchain.testnet.chaos;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.peerchain.testnet.check.HeadObservation;
import org.peerchain.testnet.manifest.Manifest;
import org.peerchain.testnet.manifest.ManifestStore;
import org.peerchain.testnet.manifest.NodeEntry;
import org.peerchain.testnet.process.NodeProcesses;
import org.peerchain.testnet.process.Signals.Signal;
import org.peerchain.testnet.rpc.NodeClient;
import org.peerchain.testnet.rpc.RpcError;
import org.peerchain.testnet.rpc.RpcUnavailable;

/**
 * The running testnet under fault injection: its manifest kept current on disk as PIDs change, so
 * that {@code testnet down} finds every node even if chaos itself is killed.
 */
public final class LiveNetwork {
  private final Path dir;
  private final NodeProcesses processes;
  private final Optional<LinkControl> links;
  private Manifest manifest;

  public LiveNetwork(Path dir, Manifest manifest, NodeProcesses processes) {
    this(dir, manifest, processes, Optional.empty());
  }

  public LiveNetwork(Path dir, Manifest manifest, NodeProcesses processes, Optional<LinkControl> links) {
    this.dir = dir;
    this.manifest = manifest;
    this.processes = processes;
    this.links = links;
  }

  /** @throws IllegalStateException when the testnet has no link proxy */
  LinkControl links() {
    return links.orElseThrow(() -> new IllegalStateException("this testnet was made without --link-faults"));
  }

  /** Every node's name, validators first as in testnet.json. */
  synchronized List<String> names() {
    return manifest.nodes().stream().map(NodeEntry::name).toList();
  }

  /** The validator due to propose two heights above the highest head now (time to cut it off first). */
  String nextProposer() {
    long head = -1;
    for (NodeEntry n : manifest().nodes()) {
      try (NodeClient client = NodeClient.local(n.rpcPort(), 2_000)) {
        head = Math.max(head, client.blockNumber());
      } catch (RpcUnavailable | RpcError e) {
        // Skipped: another node answers.
      }
    }
    List<NodeEntry> validators = manifest().validators();
    long height = Math.max(1, head + 2);
    return new ProposerPicker(validators).proposerOf(height).map(NodeEntry::name)
        .orElse(validators.get(validators.size() - 1).name());
  }

  /**
   * Validators that are away now: under a running fault, not answering, or more than
   * {@code slack} blocks behind the highest head (a restarted node still starting or catching up).
   */
  Set<String> awayValidators(Set<String> underFault, long slack) {
    Map<String, Long> heads = new HashMap<>();
    long highest = -1;
    for (NodeEntry n : manifest().validators()) {
      try (NodeClient client = NodeClient.local(n.rpcPort(), 2_000)) {
        long h = client.blockNumber();
        heads.put(n.name(), h);
        highest = Math.max(highest, h);
      } catch (RpcUnavailable | RpcError e) {
        // Away.
      }
    }
    Set<String> away = new TreeSet<>();
    for (NodeEntry n : manifest().validators()) {
      Long h = heads.get(n.name());
      if (underFault.contains(n.name()) || h == null || h < highest - slack) {
        away.add(n.name());
      }
    }
    return away;
  }

  /** Each answering node's head: what it has finalized now. */
  List<HeadObservation> observeHeads() {
    List<HeadObservation> out = new ArrayList<>();
    for (NodeEntry n : manifest().nodes()) {
      try (NodeClient client = NodeClient.local(n.rpcPort(), 2_000)) {
        client.latestBlock().ifPresent(b -> out.add(new HeadObservation(n.name(), b.number(), b.hash())));
      } catch (RpcUnavailable | RpcError e) {
        // A node that does not answer has nothing to compare.
      }
    }
    return out;
  }

  public synchronized Manifest manifest() {
    return manifest;
  }

  synchronized NodeEntry node(String name) {
    return manifest.node(name).orElseThrow(() -> new IllegalArgumentException("no node " + name));
  }

  /** @return whether a signal was sent (the node was running) */
  boolean signal(String name, Signal signal) {
    return processes.signal(node(name), signal);
  }

  void kill(String name) {
    NodeEntry n = node(name);
    if (processes.signal(n, Signal.KILL)) {
      NodeProcesses.awaitExit(n.pid().getAsLong(), java.time.Duration.ofSeconds(5));
    }
  }

  void terminate(String name) {
    processes.stop(node(name), NodeProcesses.DEFAULT_STOP_TIMEOUT);
  }

  /** Starts the node unless it runs; returns its PID. */
  synchronized long ensureRunning(String name) {
    NodeEntry n = node(name);
    if (processes.isRunning(n)) {
      processes.signal(n, Signal.CONT);
      return n.pid().getAsLong();
    }
    long pid = processes.start(n).pid();
    manifest = manifest.with(n.withPid(OptionalLong.of(pid)));
    ManifestStore.write(dir, manifest);
    return pid;
  }

  /** Every link open, every node running and none paused. */
  public void healAll() {
    links.ifPresent(LinkControl::healAll);
    for (NodeEntry n : manifest().nodes()) {
      ensureRunning(n.name());
    }
  }

  public boolean isRunning(String name) {
    return processes.isRunning(node(name));
  }
}
