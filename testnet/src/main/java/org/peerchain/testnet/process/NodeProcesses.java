package org.peerchain.testnet.process;

import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.peerchain.testnet.TestnetException;
import org.peerchain.testnet.manifest.NodeEntry;
import org.peerchain.testnet.process.Signals.Signal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starting, signalling and stopping node processes, each only after checking the PID is still ours. */
public final class NodeProcesses {
  private static final Logger LOG = LoggerFactory.getLogger(NodeProcesses.class);
  public static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(15);

  private final NodeCommandLine commandLine;
  private final ProcessGuard guard;

  public NodeProcesses(NodeCommandLine commandLine, ProcessGuard guard) {
    this.commandLine = commandLine;
    this.guard = guard;
  }

  /** Starts the node detached, its output appended to its node.log. */
  public Process start(NodeEntry node) {
    ProcessBuilder builder = new ProcessBuilder(NodeCommandLine.detached(commandLine.forConfig(node.configFile())))
        .directory(node.dir().toFile())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(node.logFile().toFile()))
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    try {
      Process process = builder.start();
      LOG.debug("started {} as PID {}", node.name(), process.pid());
      return process;
    } catch (IOException e) {
      throw new TestnetException("cannot start " + node.name() + ": " + e.getMessage(), e);
    }
  }

  /** Whether the node's recorded PID is alive and still runs that node's config. */
  public boolean isRunning(NodeEntry node) {
    return node.pid().isPresent() && guard.isNode(node.pid().getAsLong(), node.configFile());
  }

  /** The outcome of a stop request, for the report. */
  public enum Stop {
    NOT_RUNNING,
    STOPPED,
    KILLED
  }

  /** SIGCONT (a paused node cannot handle SIGTERM), SIGTERM, then SIGKILL after {@code timeout}. */
  public Stop stop(NodeEntry node, Duration timeout) {
    if (!isRunning(node)) {
      return Stop.NOT_RUNNING;
    }
    long pid = node.pid().getAsLong();
    Signals.send(pid, Signal.CONT);
    Signals.send(pid, Signal.TERM);
    if (awaitExit(pid, timeout)) {
      return Stop.STOPPED;
    }
    LOG.warn("{} (PID {}) did not stop within {} s; killing it", node.name(), pid, timeout.toSeconds());
    Signals.send(pid, Signal.KILL);
    awaitExit(pid, Duration.ofSeconds(5));
    return Stop.KILLED;
  }

  /** Sends {@code signal} if the PID is still the node's; returns whether it was sent. */
  public boolean signal(NodeEntry node, Signal signal) {
    if (!isRunning(node)) {
      return false;
    }
    Signals.send(node.pid().getAsLong(), signal);
    return true;
  }

  public static boolean awaitExit(long pid, Duration timeout) {
    Optional<ProcessHandle> handle = ProcessHandle.of(pid);
    if (handle.isEmpty()) {
      return true;
    }
    try {
      handle.get().onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return !handle.get().isAlive();
    } catch (ExecutionException e) {
      return !handle.get().isAlive();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !handle.get().isAlive();
    }
  }
}
