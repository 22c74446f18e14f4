package org.peerchain.testnet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.peerchain.testnet.TestnetException;
import org.peerchain.testnet.layout.KeySource;
import org.peerchain.testnet.layout.LayoutSpec;
import org.peerchain.testnet.layout.NodeCapabilities;
import org.peerchain.testnet.layout.PortPlan;
import org.peerchain.testnet.layout.TestnetLayout;
import org.peerchain.testnet.links.ProxyProcess;
import org.peerchain.testnet.manifest.Manifest;
import org.peerchain.testnet.manifest.ManifestStore;
import org.peerchain.testnet.manifest.NodeEntry;
import org.peerchain.testnet.process.NodeCommandLine;
import org.peerchain.testnet.process.NodeProcesses;
import org.peerchain.testnet.process.ProcessGuard;
import org.peerchain.testnet.up.NodeTable;
import org.peerchain.testnet.up.TestnetStarter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code peerchain testnet up}: create a testnet (or restart the one in --dir) and wait until it finalizes. */
@Command(name = "up", sortOptions = false,
    description = {"Create a local testnet in --dir and start its nodes as processes, or restart the testnet",
        "already there with its data. Waits until all nodes are connected and finalizing blocks."})
final class UpCommand implements Callable<Integer> {
  private static final List<String> LAYOUT_OPTIONS = List.of("--validators", "--full-nodes", "--base-port",
      "--block-period", "--empty-block-period", "--chain-id", "--accounts", "--balance", "--heap", "--seed", "--sync-mode",
      "--link-faults");

  @Spec private CommandSpec spec;
  @Mixin private DirOption dir;

  @Option(names = "--validators", paramLabel = "N", defaultValue = "4", description = "Validator nodes (default: ${DEFAULT-VALUE}).")
  private int validators;

  @Option(names = "--full-nodes", paramLabel = "N", defaultValue = "0", description = "Non-voting full nodes (default: ${DEFAULT-VALUE}).")
  private int fullNodes;

  @Option(names = "--base-port", paramLabel = "PORT", defaultValue = "" + PortPlan.DEFAULT_BASE,
      description = "Node i (from 0) listens on PORT+10i (P2P), +1 (JSON-RPC), +2 (metrics) (default: ${DEFAULT-VALUE}).")
  private int basePort;

  @Option(names = "--block-period", paramLabel = "MS", defaultValue = "500",
      description = "Least time between blocks (default: ${DEFAULT-VALUE}).")
  private long blockPeriodMs;

  @Option(names = "--empty-block-period", paramLabel = "MS", defaultValue = "2000",
      description = "Longest time without a block when no transactions wait (default: ${DEFAULT-VALUE}).")
  private long emptyBlockPeriodMs;

  @Option(names = "--chain-id", paramLabel = "ID", defaultValue = "1337", description = "Chain id (default: ${DEFAULT-VALUE}).")
  private long chainId;

  @Option(names = "--accounts", paramLabel = "N", defaultValue = "100",
      description = "Dev mnemonic accounts funded at genesis (default: ${DEFAULT-VALUE}).")
  private int accounts;

  @Option(names = "--balance", paramLabel = "ETH", defaultValue = "10000", description = "Balance of each (default: ${DEFAULT-VALUE}).")
  private long balanceEth;

  @Option(names = "--heap", paramLabel = "MB", defaultValue = "384", description = "Java heap of each node in MiB (default: ${DEFAULT-VALUE}).")
  private int heapMb;

  @Option(names = "--seed", paramLabel = "N", description = "Derive node and validator keys from N (repeatable layouts); default: random keys.")
  private Long seed;

  @Option(names = "--sync-mode", paramLabel = "MODE",
      description = "How full nodes join: snap or full (default: the node's own, snap once peers are far ahead).")
  private String syncMode;

  @Option(names = "--link-faults",
      description = {"Route all node-to-node traffic through a link proxy (one port per directed node pair) so that",
          "'chaos' can partition, silence one direction of, and delay links; at most 8 nodes."})
  private boolean linkFaults;

  @Option(names = "--timeout", paramLabel = "S", defaultValue = "120",
      description = "Seconds to wait for the network to finalize (default: ${DEFAULT-VALUE}).")
  private int timeoutSeconds;

  @Option(names = "--warmup", paramLabel = "T", defaultValue = "0",
      description = "Transfers sent through every node once it is up, in small blocks, so the nodes' JIT has compiled the "
          + "transfer path before the first load; they spend the first funded accounts' nonces and fees, so none by "
          + "default (e.g. 3000).")
  private int warmupTransfers;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (warmupTransfers < 0 || warmupTransfers > Warmup.MAX_TRANSFERS) {
      throw new ParameterException(spec.commandLine(), "invalid value for --warmup: " + warmupTransfers + " (0-"
          + Warmup.MAX_TRANSFERS + ")");
    }
    Path root = dir.dir();
    if (timeoutSeconds <= 0) {
      throw new ParameterException(spec.commandLine(), "invalid value for --timeout: " + timeoutSeconds + " must be positive");
    }
    NodeCapabilities capabilities = NodeCapabilities.ofThisBuild();
    Manifest manifest;
    if (ManifestStore.exists(root)) {
      manifest = ManifestStore.read(root);
      if (LAYOUT_OPTIONS.stream().anyMatch(spec.commandLine().getParseResult()::hasMatchedOption)) {
        out.println("note: " + root + " holds a testnet already; restarting it as it is (layout options ignored)");
      }
      requireNetworking(capabilities, manifest.nodes().size());
    } else {
      LayoutSpec layout = layout();
      requireNetworking(capabilities, layout.nodes());
      requireEmpty(root);
      if (syncMode != null && !syncMode.equals("snap") && !syncMode.equals("full")) {
        throw new ParameterException(spec.commandLine(), "invalid value for --sync-mode: expected snap or full, got '"
            + syncMode + "'");
      }
      manifest = new TestnetLayout(layout, seed == null ? KeySource.random() : KeySource.seeded(seed), capabilities,
          Optional.ofNullable(syncMode)).create(root);
      ManifestStore.write(root, manifest);
      out.println("created a testnet of " + layout.validators() + " validators and " + layout.fullNodes()
          + " full nodes in " + root);
    }
    out.flush();
    NodeProcesses processes = new NodeProcesses(NodeCommandLine.ofThisJvm(manifest.heapMb()), ProcessGuard.system());
    ProxyProcess proxy = new ProxyProcess(root, NodeCommandLine.ofThisJvm(manifest.heapMb()), ProcessGuard.system());
    Manifest before = manifest;
    try {
      // The proxy first: nodes dial their peers through it from their first second.
      manifest = proxy.ensureRunning(manifest, Duration.ofSeconds(30));
      manifest = new TestnetStarter(processes).start(root, manifest, Duration.ofSeconds(timeoutSeconds),
          capabilities.networking());
    } catch (TestnetException e) {
      stopStarted(root, before, processes, proxy);
      throw e;
    }
    if (warmupTransfers > 0) {
      out.println(Warmup.run(manifest, warmupTransfers));
    }
    out.println("testnet up: " + manifest.nodes().size() + " nodes finalizing, chain id " + manifest.chainId());
    out.println();
    out.print(NodeTable.nodes(manifest));
    out.println();
    out.print(NodeTable.accounts(manifest));
    out.println();
    if (manifest.linkFaults()) {
      out.println("Links: every node reaches the others through the link proxy (PID "
          + manifest.linkProxy().orElseThrow().pid().orElse(-1) + ", log " + root.resolve(ProxyProcess.LOG_FILE)
          + "); break them with 'peerchain testnet chaos --dir " + root + "'");
    }
    out.println("Facts for scripts: " + ManifestStore.file(root));
    out.println("Stop with: peerchain testnet down --dir " + root);
    return 0;
  }

  private LayoutSpec layout() {
    try {
      return new LayoutSpec(validators, fullNodes, basePort, chainId, blockPeriodMs, emptyBlockPeriodMs, accounts,
          balanceEth, heapMb, System.currentTimeMillis() / 1000, linkFaults);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  static void requireNetworking(NodeCapabilities capabilities, int nodes) {
    if (nodes > 1 && !capabilities.networking()) {
      throw new TestnetException("this build's 'peerchain node' has no P2P networking (no --p2p-port option), so a "
          + "testnet of " + nodes + " nodes cannot connect; use --validators 1 --full-nodes 0");
    }
  }

  private static void requireEmpty(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    if (!Files.isDirectory(root)) {
      throw new TestnetException(root + " is a file, not a directory; choose another --dir");
    }
    try (Stream<Path> entries = Files.list(root)) {
      if (entries.findAny().isPresent()) {
        throw new TestnetException(root + " is not empty and holds no testnet (no " + ManifestStore.FILE
            + "); choose another --dir");
      }
    } catch (IOException e) {
      throw new TestnetException("cannot read " + root + ": " + e.getMessage(), e);
    }
  }

  /** A failed start leaves no orphans: the nodes this run started are stopped again. */
  private static void stopStarted(Path root, Manifest before, NodeProcesses processes, ProxyProcess proxy) {
    Manifest now = ManifestStore.read(root);
    for (NodeEntry n : now.nodes()) {
      NodeEntry old = before.node(n.name()).orElseThrow();
      if (n.pid().isPresent() && !n.pid().equals(old.pid())) {
        processes.stop(n, Duration.ofSeconds(5));
        now = now.with(n.withPid(java.util.OptionalLong.empty()));
      }
    }
    if (now.linkFaults() && !now.linkProxy().equals(before.linkProxy())) {
      now = proxy.stop(now, Duration.ofSeconds(5));
    }
    ManifestStore.write(root, now);
  }
}
