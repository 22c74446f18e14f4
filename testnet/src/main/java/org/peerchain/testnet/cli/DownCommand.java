package org.peerchain.testnet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.peerchain.testnet.TestnetException;
import org.peerchain.testnet.links.LinkFaults;
import org.peerchain.testnet.links.LinkFaultsFile;
import org.peerchain.testnet.links.ProxyProcess;
import org.peerchain.testnet.manifest.Manifest;
import org.peerchain.testnet.manifest.ManifestStore;
import org.peerchain.testnet.manifest.NodeEntry;
import org.peerchain.testnet.process.NodeCommandLine;
import org.peerchain.testnet.process.NodeProcesses;
import org.peerchain.testnet.process.ProcessGuard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code peerchain testnet down}: stop the nodes {@code up} started; {@code --wipe} deletes the directory too. */
@Command(name = "down", description = "Stop the testnet's nodes (SIGTERM, SIGKILL after --stop-timeout); --wipe deletes --dir.")
final class DownCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private DirOption dir;

  @Option(names = "--wipe", description = "Delete the testnet directory after stopping its nodes.")
  private boolean wipe;

  @Option(names = "--stop-timeout", paramLabel = "S", defaultValue = "15",
      description = "Seconds a node has to stop after SIGTERM before it gets SIGKILL (default: ${DEFAULT-VALUE}).")
  private int stopTimeoutSeconds;

  @Override
  public Integer call() {
    if (stopTimeoutSeconds <= 0) {
      throw new ParameterException(spec.commandLine(), "invalid value for --stop-timeout: " + stopTimeoutSeconds
          + " must be positive");
    }
    Path root = dir.dir();
    Manifest manifest = ManifestStore.read(root);
    NodeProcesses processes = new NodeProcesses(NodeCommandLine.ofThisJvm(manifest.heapMb()), ProcessGuard.system());
    PrintWriter out = spec.commandLine().getOut();
    for (NodeEntry n : manifest.nodes()) {
      NodeProcesses.Stop result = processes.stop(n, Duration.ofSeconds(stopTimeoutSeconds));
      out.println(n.name() + ": " + switch (result) {
        case NOT_RUNNING -> "not running";
        case STOPPED -> "stopped (PID " + n.pid().getAsLong() + ")";
        case KILLED -> "killed after " + stopTimeoutSeconds + " s (PID " + n.pid().getAsLong() + ")";
      });
      manifest = manifest.with(n.withPid(OptionalLong.empty()));
      ManifestStore.write(root, manifest);
      out.flush();
    }
    if (manifest.linkFaults()) {
      ProxyProcess proxy = new ProxyProcess(root, NodeCommandLine.ofThisJvm(manifest.heapMb()), ProcessGuard.system());
      boolean running = proxy.isRunning(manifest);
      long pid = manifest.linkProxy().orElseThrow().pid().orElse(-1);
      manifest = proxy.stop(manifest, Duration.ofSeconds(stopTimeoutSeconds));
      ManifestStore.write(root, manifest);
      // Links start whole on the next 'up'.
      LinkFaultsFile.write(LinkFaultsFile.of(root), LinkFaults.NONE);
      out.println("link proxy: " + (running ? "stopped (PID " + pid + "), all link faults cleared" : "not running"));
      out.flush();
    }
    if (wipe) {
      delete(root);
      out.println("deleted " + root);
    }
    return 0;
  }

  private static void delete(Path root) {
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.delete(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
          if (e != null) {
            throw e;
          }
          Files.delete(d);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new TestnetException("cannot delete " + root + ": " + e.getMessage(), e);
    }
  }
}
