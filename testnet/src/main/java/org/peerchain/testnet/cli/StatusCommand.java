package org.peerchain.testnet.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.peerchain.testnet.manifest.Manifest;
import org.peerchain.testnet.manifest.ManifestStore;
import org.peerchain.testnet.process.NodeCommandLine;
import org.peerchain.testnet.process.NodeProcesses;
import org.peerchain.testnet.process.ProcessGuard;
import org.peerchain.testnet.status.Agreement;
import org.peerchain.testnet.status.NodeStatus;
import org.peerchain.testnet.status.StatusProbe;
import org.peerchain.testnet.up.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code peerchain testnet status}: each node's state, head, peers and pool, and whether they agree. */
@Command(name = "status", description = "Show each node's state, head, peers and pool, and whether the nodes agree.")
final class StatusCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;
  @Mixin private DirOption dir;

  @Override
  public Integer call() {
    Manifest manifest = ManifestStore.read(dir.dir());
    StatusProbe probe = new StatusProbe(new NodeProcesses(NodeCommandLine.ofThisJvm(manifest.heapMb()), ProcessGuard.system()));
    List<NodeStatus> statuses = probe.probe(manifest);
    TextTable table = new TextTable("NAME", "ROLE", "STATE", "HEIGHT", "HEAD HASH", "PEERS", "POOL", "RPC");
    for (NodeStatus s : statuses) {
      table.row(s.node().name(), s.node().role().label(), s.up() ? "up" : "down", s.up() ? "#" + s.height() : "-",
          s.headHash(), s.up() ? s.peers() : "-", s.up() ? s.poolPending() + "+" + s.poolQueued() : "-", s.node().rpcUrl());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(table.render());
    for (NodeStatus s : statuses) {
      s.problem().ifPresent(p -> out.println(s.node().name() + ": " + p));
    }
    Agreement agreement = probe.agreement(statuses);
    out.println(agreement.describe());
    long up = statuses.stream().filter(NodeStatus::up).count();
    out.println(up + " of " + statuses.size() + " nodes up");
    return agreement.agrees() ? 0 : 1;
  }
}
