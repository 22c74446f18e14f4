package org.peerchain.testnet.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.peerchain.core.crypto.PrivateKey;
import org.peerchain.testnet.load.BlockFollower;
import org.peerchain.testnet.load.LoadGenerator;
import org.peerchain.testnet.load.LoadReport;
import org.peerchain.testnet.load.TransferFactory;
import org.peerchain.testnet.load.WalletStreams;
import org.peerchain.testnet.manifest.AccountEntry;
import org.peerchain.testnet.manifest.Manifest;
import org.peerchain.testnet.manifest.ManifestStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code peerchain testnet load}: transfers at a fixed rate over all nodes; offered vs finalized rate and latency. */
@Command(name = "load", sortOptions = false,
    description = "Send signed transfers from the funded accounts, round-robin over all nodes, at --tps for --duration;"
        + " report offered vs finalized transfers/s and submit-to-receipt latency.")
final class LoadCommand implements Callable<Integer> {
  static final int MAX_DURATION_S = 3_600;

  @Spec private CommandSpec spec;
  @Mixin private DirOption dir;

  @Option(names = "--tps", paramLabel = "N", defaultValue = "50", description = "Transfers offered per second (default: ${DEFAULT-VALUE}).")
  private int tps;

  @Option(names = "--duration", paramLabel = "S", defaultValue = "30", description = "Seconds of sending (default: ${DEFAULT-VALUE}).")
  private int durationSeconds;

  @Option(names = "--senders", paramLabel = "K", defaultValue = "20", description = "Funded accounts that send (default: ${DEFAULT-VALUE}).")
  private int senders;

  @Option(names = "--drain", paramLabel = "S", defaultValue = "30",
      description = "Seconds to wait after sending for the last transfers to finalize (default: ${DEFAULT-VALUE}).")
  private int drainSeconds;

  @Option(names = "--transfers", paramLabel = "T",
      description = "Instead of a rate: send T transfers from --streams wallet-like streams (each sends in nonce order and "
          + "awaits each answer; stream s talks to node s mod N), then report how fast they finalized.")
  private Integer transfers;

  @Option(names = "--streams", paramLabel = "S", defaultValue = "80",
      description = "With --transfers: streams, one funded account each (default: ${DEFAULT-VALUE}).")
  private int streams;

  @Override
  public Integer call() {
    Manifest manifest = ManifestStore.read(dir.dir());
    if (transfers != null) {
      return streams(manifest);
    }
    List<PrivateKey> keys = senderKeys(spec, manifest, senders);
    check(spec, tps, durationSeconds, drainSeconds);
    PrintWriter out = spec.commandLine().getOut();
    out.printf("load: %d transfers/s for %d s from %d senders over %d nodes%n", tps, durationSeconds, keys.size(),
        manifest.nodes().size());
    out.flush();
    try (BlockFollower follower = new BlockFollower(manifest.nodes())) {
      LoadGenerator load = new LoadGenerator(manifest.nodes(), new TransferFactory(manifest.chainId(), keys), follower, out);
      follower.start();
      LoadReport report = load.run(tps, Duration.ofSeconds(durationSeconds), Duration.ofSeconds(drainSeconds), () -> false);
      out.println(report.describe());
      return report.included() > 0 ? 0 : 1;
    }
  }

  private int streams(Manifest manifest) {
    if (transfers < 1 || transfers > WalletStreams.MAX_TRANSFERS) {
      throw new ParameterException(spec.commandLine(), "invalid value for --transfers: " + transfers + " (1-"
          + WalletStreams.MAX_TRANSFERS + ")");
    }
    if (streams > WalletStreams.MAX_STREAMS) {
      throw new ParameterException(spec.commandLine(), "invalid value for --streams: " + streams + " (1-"
          + WalletStreams.MAX_STREAMS + ")");
    }
    List<PrivateKey> keys = senderKeys(spec, manifest, streams);
    check(spec, 1, 1, drainSeconds);
    PrintWriter out = spec.commandLine().getOut();
    out.printf("load: %d transfers from %d wallet-like streams over %d nodes%n", transfers, keys.size(),
        manifest.nodes().size());
    out.flush();
    try (BlockFollower follower = new BlockFollower(manifest.nodes())) {
      WalletStreams load = new WalletStreams(manifest.nodes(), new TransferFactory(manifest.chainId(), keys), follower, out);
      follower.start();
      LoadReport report = load.run(transfers, keys.size(), Duration.ofSeconds(drainSeconds));
      out.println(report.describe());
      return report.included() > 0 ? 0 : 1;
    }
  }

  static List<PrivateKey> senderKeys(CommandSpec spec, Manifest manifest, int senders) {
    if (senders < 1) {
      throw new ParameterException(spec.commandLine(), "invalid value for --senders: " + senders + " must be positive");
    }
    if (senders > manifest.accounts().size()) {
      throw new ParameterException(spec.commandLine(), "invalid value for --senders: " + senders + " exceeds the "
          + manifest.accounts().size() + " funded accounts of this testnet (create it with 'up --accounts N' for more)");
    }
    return manifest.accounts().subList(0, senders).stream().map(AccountEntry::privateKey).map(PrivateKey::fromHexString)
        .toList();
  }

  static void check(CommandSpec spec, int tps, int durationSeconds, int drainSeconds) {
    if (tps < 1 || tps > LoadGenerator.MAX_TPS) {
      throw new ParameterException(spec.commandLine(), "invalid value for --tps: " + tps + " (1-" + LoadGenerator.MAX_TPS + ")");
    }
    if (durationSeconds < 1 || durationSeconds > MAX_DURATION_S) {
      throw new ParameterException(spec.commandLine(), "invalid value for --duration: " + durationSeconds + " (1-"
          + MAX_DURATION_S + " seconds)");
    }
    if (drainSeconds < 0 || drainSeconds > MAX_DURATION_S) {
      throw new ParameterException(spec.commandLine(), "invalid value for --drain: " + drainSeconds + " (0-"
          + MAX_DURATION_S + " seconds)");
    }
  }
}
