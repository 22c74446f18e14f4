package org.peerchain.testnet.chaos;

import java.nio.file.Path;
import java.util.OptionalLong;
import org.peerchain.testnet.manifest.Manifest;
import org.peerchain.testnet.manifest.ManifestStore;
import org.peerchain.testnet.manifest.NodeEntry;
import org.peerchain.testnet.process.NodeProcesses;
import org.peerchain.testnet.process.Signals.Signal;

/**
 * The running testnet under fault injection: its manifest kept current on disk as PIDs change, so
 * that {@code testnet down} finds every node even if chaos itself is killed.
 */
public final class LiveNetwork {
  private final Path dir;
  private final NodeProcesses processes;
  private Manifest manifest;

  public LiveNetwork(Path dir, Manifest manifest, NodeProcesses processes) {
    this.dir = dir;
    this.manifest = manifest;
    this.processes = processes;
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

  /** Every node running and none paused. */
  public void healAll() {
    for (NodeEntry n : manifest().nodes()) {
      ensureRunning(n.name());
    }
  }

  public boolean isRunning(String name) {
    return processes.isRunning(node(name));
  }
}
