package org.peerchain.testnet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.peerchain.testnet.TestnetException;
import org.peerchain.testnet.links.LinkFaults;
import org.peerchain.testnet.links.LinkFaultsFile;
import org.peerchain.testnet.links.LinkProxy;
import org.peerchain.testnet.links.LinkRoutes;
import org.peerchain.testnet.links.ProxyProcess;
import org.peerchain.testnet.links.Route;
import org.peerchain.testnet.manifest.Manifest;
import org.peerchain.testnet.manifest.ManifestStore;
import org.peerchain.testnet.manifest.NodeEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code peerchain testnet link-proxy}: the process {@code up --link-faults} starts. It relays
 * every node pair's traffic and applies link-faults.json, re-read every {@value #POLL_MS} ms, until
 * SIGTERM.
 */
@Command(name = ProxyProcess.COMMAND, hidden = true,
    description = "Relay the node-to-node traffic of a --link-faults testnet and apply link-faults.json (run by 'up').")
final class LinkProxyCommand implements Callable<Integer> {
  static final long POLL_MS = 100;

  @Spec private CommandSpec spec;
  @Mixin private DirOption dir;

  @Override
  public Integer call() throws InterruptedException {
    Path root = dir.dir();
    Manifest manifest = ManifestStore.read(root);
    if (!manifest.linkFaults()) {
      throw new TestnetException(root + " was not made with --link-faults; its nodes do not use a link proxy");
    }
    PrintWriter out = spec.commandLine().getOut();
    List<Route> routes = LinkRoutes.of(manifest.nodes());
    LinkProxy proxy = LinkProxy.start(NodeEntry.HOST, routes, 2);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      proxy.close();
      stopped.countDown();
    }, "link-proxy-stop"));
    out.println(Instant.now() + " link proxy relaying " + routes.size() + " links of " + manifest.nodes().size() + " nodes");
    out.flush();
    Path file = LinkFaultsFile.of(root);
    LinkFaults current = LinkFaults.NONE;
    String lastError = null;
    while (stopped.getCount() > 0) {
      try {
        LinkFaults next = LinkFaultsFile.read(file);
        lastError = null;
        if (!next.equals(current)) {
          proxy.apply(next);
          current = next;
          out.println(Instant.now() + " applied " + describe(next));
          out.flush();
        }
      } catch (IOException | IllegalArgumentException e) {
        // Keep the faults in force; say so once per distinct problem.
        if (!e.getMessage().equals(lastError)) {
          lastError = e.getMessage();
          out.println(Instant.now() + " cannot read " + file + ", keeping the current faults: " + e.getMessage());
          out.flush();
        }
      }
      Thread.sleep(POLL_MS);
    }
    return 0;
  }

  static String describe(LinkFaults faults) {
    if (faults.isNone()) {
      return "no faults (all links open)";
    }
    StringBuilder s = new StringBuilder(faults.rules().size() + " link rules:");
    faults.sorted().forEach((link, rule) -> s.append(' ').append(link).append(rule.cut() ? " cut" : "")
        .append(rule.stalled() ? " stalled" : "")
        .append(rule.latencyMs() > 0 || rule.jitterMs() > 0 ? " +" + rule.latencyMs() + "±" + rule.jitterMs() + "ms" : "")
        .append(';'));
    return s.toString();
  }
}
