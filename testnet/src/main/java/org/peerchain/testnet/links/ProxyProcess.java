package org.peerchain.testnet.links;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.peerchain.testnet.TestnetException;
import org.peerchain.testnet.manifest.LinkProxyEntry;
import org.peerchain.testnet.manifest.Manifest;
import org.peerchain.testnet.manifest.ManifestStore;
import org.peerchain.testnet.manifest.NodeEntry;
import org.peerchain.testnet.process.LogTail;
import org.peerchain.testnet.process.NodeCommandLine;
import org.peerchain.testnet.process.NodeProcesses;
import org.peerchain.testnet.process.ProcessGuard;
import org.peerchain.testnet.process.Signals.Signal;
import org.peerchain.testnet.process.Signals;

/**
 * The link proxy as a process of its own ({@code peerchain testnet link-proxy --dir D}), started by
 * {@code up} before the nodes and stopped by {@code down}, each by the PID in testnet.json after
 * checking that the PID still runs the proxy of this directory.
 */
public final class ProxyProcess {
  public static final String COMMAND = "link-proxy";
  public static final String LOG_FILE = "link-proxy.log";
  static final int HEAP_MB = 96;

  private final Path dir;
  private final NodeCommandLine java;
  private final ProcessGuard guard;

  public ProxyProcess(Path dir, NodeCommandLine java, ProcessGuard guard) {
    this.dir = dir.toAbsolutePath().normalize();
    this.java = new NodeCommandLine(java.java(), java.classPath(), HEAP_MB);
    this.guard = guard;
  }

  /** What identifies the proxy of this directory in a command line. */
  String marker() {
    return "testnet " + COMMAND + " --dir " + dir;
  }

  public boolean isRunning(Manifest manifest) {
    OptionalLong pid = manifest.linkProxy().map(LinkProxyEntry::pid).orElse(OptionalLong.empty());
    return pid.isPresent() && guard.runs(pid.getAsLong(), marker());
  }

  /**
   * Starts the proxy unless it runs, records its PID, and waits until it accepts connections.
   *
   * @return the manifest with the proxy's PID
   */
  public Manifest ensureRunning(Manifest manifest, Duration timeout) {
    if (!manifest.linkFaults() || isRunning(manifest)) {
      return manifest;
    }
    List<Route> routes = LinkRoutes.of(manifest.nodes());
    ProcessBuilder builder = new ProcessBuilder(NodeCommandLine.detached(java.forArgs(List.of("testnet", COMMAND,
        "--dir", dir.toString()))))
        .directory(dir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve(LOG_FILE).toFile()))
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new TestnetException("cannot start the link proxy: " + e.getMessage(), e);
    }
    Manifest updated = manifest.withLinkProxy(new LinkProxyEntry(OptionalLong.of(process.pid())));
    ManifestStore.write(dir, updated);
    long deadline = System.nanoTime() + timeout.toNanos();
    Route last = routes.get(routes.size() - 1);
    while (!accepts(last.listenPort())) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        String why = process.isAlive() ? "did not listen within " + timeout.toSeconds() + " s"
            : "exited with code " + process.exitValue();
        stop(updated, Duration.ofSeconds(5));
        throw new TestnetException("the link proxy " + why + "; its log " + dir.resolve(LOG_FILE) + " ends with:\n"
            + String.join("\n", LogTail.last(dir.resolve(LOG_FILE), 10)));
      }
      sleep(100);
    }
    return updated;
  }

  /** Stops the proxy if it still runs; returns the manifest without its PID. */
  public Manifest stop(Manifest manifest, Duration timeout) {
    if (!manifest.linkFaults()) {
      return manifest;
    }
    if (isRunning(manifest)) {
      long pid = manifest.linkProxy().orElseThrow().pid().getAsLong();
      Signals.send(pid, Signal.TERM);
      if (!NodeProcesses.awaitExit(pid, timeout)) {
        Signals.send(pid, Signal.KILL);
        NodeProcesses.awaitExit(pid, Duration.ofSeconds(5));
      }
    }
    return manifest.withLinkProxy(LinkProxyEntry.stopped());
  }

  private static boolean accepts(int port) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(NodeEntry.HOST, port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TestnetException("interrupted while waiting for the link proxy");
    }
  }
}
