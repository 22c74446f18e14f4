package org.peerchain.testnet.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.peerchain.testnet.TestnetException;
import org.peerchain.testnet.layout.AddedNode;
import org.peerchain.testnet.layout.NodeCapabilities;
import org.peerchain.testnet.layout.PortCheck;
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

/** {@code peerchain testnet add-node}: one more full node joins the running testnet, by snap sync by default. */
@Command(name = "add-node", description = "Add a full node to the running testnet and start it; it joins by snap sync "
    + "once the chain is past the testnet's snapshot interval (watch its node.log).")
final class AddNodeCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private DirOption dir;

  @Option(names = "--sync-mode", paramLabel = "MODE", defaultValue = "snap",
      description = "How it joins: snap or full (default: ${DEFAULT-VALUE}).")
  private String syncMode;

  @Override
  public Integer call() {
    if (!syncMode.equals("snap") && !syncMode.equals("full")) {
      throw new ParameterException(spec.commandLine(), "invalid value for --sync-mode: expected snap or full, got '"
          + syncMode + "'");
    }
    PrintWriter out = spec.commandLine().getOut();
    Path root = dir.dir().toAbsolutePath().normalize();
    Manifest manifest = ManifestStore.read(root);
    if (manifest.linkFaults()) {
      // The link proxy routes the node pairs it was started with; a node added later would reach
      // its peers directly, beside the faults chaos applies.
      throw new TestnetException("add-node does not work on a testnet started with --link-faults: its link proxy has "
          + "no routes for a new node; start one without --link-faults to add nodes");
    }
    NodeEntry entry = AddedNode.write(root, manifest, NodeCapabilities.ofThisBuild(), Optional.of(syncMode));
    PortCheck.requireFree(PortCheck.uses(entry));
    manifest = manifest.plus(entry);
    ManifestStore.write(root, manifest);
    NodeProcesses processes = new NodeProcesses(NodeCommandLine.ofThisJvm(manifest.heapMb()), ProcessGuard.system());
    Process process = processes.start(entry);
    ManifestStore.write(root, manifest.with(entry.withPid(OptionalLong.of(process.pid()))));
    out.println(entry.name() + " started as PID " + process.pid() + " (" + syncMode + " sync), RPC http://"
        + NodeEntry.HOST + ":" + entry.rpcPort());
    out.println("Watch it join: tail -f " + entry.logFile());
    return 0;
  }
}
