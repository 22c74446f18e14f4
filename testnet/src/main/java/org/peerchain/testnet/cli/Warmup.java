package org.peerchain.testnet.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.time.Duration;
import java.util.Locale;
import org.peerchain.core.crypto.PrivateKey;
import org.peerchain.testnet.load.BlockFollower;
import org.peerchain.testnet.load.LoadReport;
import org.peerchain.testnet.load.TransferFactory;
import org.peerchain.testnet.load.WalletStreams;
import org.peerchain.testnet.manifest.AccountEntry;
import org.peerchain.testnet.manifest.Manifest;

/**
 * Transfers through every node right after {@code up}, from a few streams so that blocks stay small:
 * a node's first large block, executed by a JIT that has not yet compiled the transfer path, took
 * longer than a round and cost four rounds, so the first load after {@code up} was slow for what
 * the JVMs had not yet learnt rather than for what the nodes do.
 */
final class Warmup {
  static final int MAX_TRANSFERS = 100_000;
  /** Few streams: each sends as fast as it is answered, so this bounds how large a warm-up block grows. */
  static final int STREAMS = 8;
  static final Duration DRAIN = Duration.ofSeconds(60);

  private Warmup() {}

  /** @return a line saying how the warm-up went */
  static String run(Manifest manifest, int transfers) {
    int streams = Math.min(STREAMS, manifest.accounts().size());
    var keys = manifest.accounts().subList(0, streams).stream().map(AccountEntry::privateKey)
        .map(PrivateKey::fromHexString).toList();
    PrintWriter quiet = new PrintWriter(Writer.nullWriter());
    try (BlockFollower follower = new BlockFollower(manifest.nodes())) {
      WalletStreams load = new WalletStreams(manifest.nodes(), new TransferFactory(manifest.chainId(), keys), follower,
          quiet);
      follower.start();
      LoadReport report = load.run(transfers, streams, DRAIN);
      return String.format(Locale.ROOT, "warm-up: %d of %d transfers finalized in %.1f s (skip with --warmup 0)",
          report.included(), transfers, report.spanSeconds());
    } catch (RuntimeException e) {
      return "warm-up: stopped early (" + e.getMessage() + "); the network is up";
    }
  }
}
