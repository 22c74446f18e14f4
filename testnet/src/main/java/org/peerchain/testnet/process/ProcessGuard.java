package org.peerchain.testnet.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Tells whether a PID from testnet.json is still the node we started: a PID can be reused by an
 * unrelated process after ours exited, so its command line must still name the node's config file
 * before anything is signalled.
 */
public final class ProcessGuard {
  private final LongFunction<Optional<String>> commandLines;

  public ProcessGuard(LongFunction<Optional<String>> commandLines) {
    this.commandLines = commandLines;
  }

  /** Reads /proc/PID/cmdline (NUL-separated), falling back to what the JDK reports. */
  public static ProcessGuard system() {
    return new ProcessGuard(ProcessGuard::commandLine);
  }

  /** The live process of {@code pid} if its command line contains {@code configPath}. */
  public boolean isNode(long pid, Path configPath) {
    if (pid <= 0) {
      return false;
    }
    Optional<String> line = commandLines.apply(pid);
    return line.isPresent() && line.get().contains(configPath.toString());
  }

  /** The live process of {@code pid} if its command line contains {@code fragment}. */
  public boolean runs(long pid, String fragment) {
    if (pid <= 0) {
      return false;
    }
    Optional<String> line = commandLines.apply(pid);
    return line.isPresent() && line.get().contains(fragment);
  }

  static Optional<String> commandLine(long pid) {
    Optional<ProcessHandle> handle = ProcessHandle.of(pid);
    if (handle.isEmpty() || !handle.get().isAlive()) {
      return Optional.empty();
    }
    Path proc = Path.of("/proc", Long.toString(pid), "cmdline");
    try {
      byte[] raw = Files.readAllBytes(proc);
      if (raw.length > 0) {
        return Optional.of(new String(raw, StandardCharsets.UTF_8).replace('\0', ' '));
      }
    } catch (IOException e) {
      // No /proc (not Linux) or the process just ended: ask the JDK instead.
    }
    return handle.get().info().commandLine();
  }
}
