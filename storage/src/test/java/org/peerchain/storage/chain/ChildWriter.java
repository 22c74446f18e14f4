package org.peerchain.storage.chain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/** One run of {@link ChainCrashWriter} in a child JVM, and what it reported on stdout. */
final class ChildWriter implements AutoCloseable {
  private final Process process;
  private final Path stderr;
  private final Thread stdoutReader;
  private final CompletableFuture<Long> ready = new CompletableFuture<>();
  private final AtomicLong highestCommitted = new AtomicLong(-1);

  private ChildWriter(Process process, Path stderr) {
    this.process = process;
    this.stderr = stderr;
    this.stdoutReader = new Thread(this::readStdout, "child-stdout-" + process.pid());
    stdoutReader.setDaemon(true);
    stdoutReader.start();
  }

  static ChildWriter start(Path dir, long seed, Path stderr) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"), ChainCrashWriter.class.getName(), dir.toString(),
        Long.toString(seed))
        .redirectError(stderr.toFile())
        .start();
    return new ChildWriter(process, stderr);
  }

  /** The head the child opened the store at. */
  long awaitReady(long seconds) throws Exception {
    try {
      return ready.get(seconds, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("child did not open the store within " + seconds + " s" + diagnostics());
    }
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** SIGKILL: no shutdown hooks, no RocksDB close, like a power cut for the process. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new AssertionError("child " + process.pid() + " survived SIGKILL for 30 s");
    }
  }

  /** The highest height whose commit had returned when the child said so; -1 if none. */
  long highestCommitted() throws InterruptedException {
    stdoutReader.join(TimeUnit.SECONDS.toMillis(10));
    return highestCommitted.get();
  }

  String diagnostics() {
    String exit = process.isAlive() ? "still running" : "exit code " + process.exitValue();
    try {
      return " (" + exit + "), stderr:\n" + Files.readString(stderr);
    } catch (IOException e) {
      return " (" + exit + "), stderr unreadable: " + e;
    }
  }

  private void readStdout() {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.startsWith(ChainCrashWriter.READY)) {
          ready.complete(Long.parseLong(line.substring(ChainCrashWriter.READY.length())));
        } else if (line.startsWith(ChainCrashWriter.COMMITTED)) {
          committed(line.substring(ChainCrashWriter.COMMITTED.length()));
        }
      }
    } catch (IOException e) {
      ready.completeExceptionally(new UncheckedIOException(e));
    }
    ready.completeExceptionally(new AssertionError("child ended before opening the store"));
  }

  private void committed(String height) {
    try {
      highestCommitted.accumulateAndGet(Long.parseLong(height), Math::max);
    } catch (NumberFormatException e) {
      // Only "COMMITTED " itself was printed before the kill. A number cut off by the kill parses
      // as a prefix, which is smaller, so it never overstates what the child committed.
    }
  }

  /** Never leaves the child running, even when the test fails or is interrupted. */
  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroyForcibly();
      try {
        process.waitFor(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
