package org.peerchain.testnet.up;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.peerchain.testnet.layout.PortCheck;
import org.peerchain.testnet.manifest.Manifest;
import org.peerchain.testnet.manifest.ManifestStore;
import org.peerchain.testnet.manifest.NodeEntry;
import org.peerchain.testnet.process.NodeProcesses;

/**
 * Starts the nodes of a testnet that are not running (all of a new one; the stopped ones of an
 * existing one), records their PIDs in testnet.json as each starts, and waits until the network
 * finalizes.
 */
public final class TestnetStarter {
  private final NodeProcesses processes;

  public TestnetStarter(NodeProcesses processes) {
    this.processes = processes;
  }

  /** @return the manifest with the PIDs of all nodes */
  public Manifest start(Path dir, Manifest manifest, Duration timeout, boolean networking) {
    List<NodeEntry> toStart = new ArrayList<>();
    List<PortCheck.Use> ports = new ArrayList<>();
    for (NodeEntry n : manifest.nodes()) {
      if (!processes.isRunning(n)) {
        toStart.add(n);
        ports.addAll(PortCheck.uses(n));
      }
    }
    PortCheck.requireFree(ports);
    Map<String, Process> started = new HashMap<>();
    Manifest current = manifest;
    for (NodeEntry n : toStart) {
      Process p = processes.start(n);
      started.put(n.name(), p);
      current = current.with(n.withPid(OptionalLong.of(p.pid())));
      ManifestStore.write(dir, current);
    }
    Manifest running = current;
    new StartupWaiter(node -> {
      Process p = started.get(node.name());
      if (p != null) {
        return p.isAlive() ? null : "exited with code " + p.exitValue();
      }
      NodeEntry recorded = running.node(node.name()).orElseThrow();
      return processes.isRunning(recorded) ? null : "its process " + recorded.pid().orElse(-1) + " is gone";
    }).await(running, timeout, networking);
    return running;
  }
}
