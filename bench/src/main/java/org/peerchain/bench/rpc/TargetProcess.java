package org.peerchain.bench.rpc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A node under test, started as its own process; stopped by its PID (SIGTERM, then SIGKILL). */
final class TargetProcess implements AutoCloseable {
  final String name;
  final int port;
  private final Process process;

  private TargetProcess(String name, int port, Process process) {
    this.name = name;
    this.port = port;
    this.process = process;
  }

  static TargetProcess start(String name, int port, List<String> command, Path log) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    TargetProcess target = new TargetProcess(name, port, process);
    long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException(name + " exited with " + process.exitValue() + "; see " + log);
      }
      try (RpcConnection c = new RpcConnection("127.0.0.1", port)) {
        if (c.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\",\"params\":[]}").contains("result")) {
          return target;
        }
      } catch (IOException notYet) {
        Thread.sleep(200);
      }
    }
    target.close();
    throw new IOException(name + " did not answer on port " + port + " within 180 s; see " + log);
  }

  long pid() {
    return process.pid();
  }

  /** Resident memory in MiB from /proc, or -1 where there is no /proc. */
  long residentMiB() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }
}
