package org.peerchain.node.config;

import java.util.List;
import org.peerchain.node.config.NodeConfig.NetworkSettings;
import org.peerchain.p2p.identity.PeerAddress;
import picocli.CommandLine.Option;

/** Peer-to-peer options of {@code peerchain node}. */
public final class P2pOptions {
  @Option(names = "--p2p-host", paramLabel = "HOST", defaultValue = "127.0.0.1",
      description = "Interface to accept peers on, and the host in this node's address (default: ${DEFAULT-VALUE}; "
          + "use a public address to take peers from other machines).")
  public String host;

  @Option(names = "--p2p-port", paramLabel = "PORT", defaultValue = "30333",
      description = "TCP port for peers; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  public int port;

  @Option(names = "--bootnodes", paramLabel = "ADDRESS", split = ",",
      description = "Peers to dial first and learn others from, comma-separated peerchain://<node-id>@host:port.")
  public List<String> bootnodes = List.of();

  @Option(names = "--static-peers", paramLabel = "ADDRESS", split = ",",
      description = "Peers to stay connected to always (redialed with backoff), comma-separated peerchain:// addresses.")
  public List<String> staticPeers = List.of();

  @Option(names = "--max-peers", paramLabel = "N", defaultValue = "25",
      description = "Most connected peers, inbound and outbound together (default: ${DEFAULT-VALUE}).")
  public int maxPeers;

  @Option(names = "--sync-mode", paramLabel = "MODE", defaultValue = "snap",
      description = "How a node with an empty data directory joins: snap (fetch a recent certified state from its peers, "
          + "when their head is more than --snap-min-gap blocks ahead) or full (replay every block from genesis) "
          + "(default: ${DEFAULT-VALUE}).")
  public String syncMode;

  @Option(names = "--snap-min-gap", paramLabel = "BLOCKS", defaultValue = "1000",
      description = "Snap sync only when the peers' head is more blocks ahead than this (default: ${DEFAULT-VALUE}).")
  public long snapMinGap;

  @Option(names = "--snapshot-interval", paramLabel = "BLOCKS", defaultValue = "1000",
      description = "Serve the state of every this-many-th block to syncing peers (default: ${DEFAULT-VALUE}).")
  public long snapshotInterval;

  @Option(names = "--snapshots-kept", paramLabel = "N", defaultValue = "2",
      description = "How many of the newest such states to serve; 0 serves none (default: ${DEFAULT-VALUE}).")
  public int snapshotsKept;

  @Option(names = "--p2p-discovery", paramLabel = "BOOL", arity = "1", defaultValue = "true",
      description = "Dial addresses learned from peers (default: ${DEFAULT-VALUE}); false dials only --bootnodes and "
          + "--static-peers, so that a node reaches its peers only where it was told to (a testnet behind link proxies).")
  public boolean discovery;

  public void validate() {
    mode();
    if (snapMinGap < 0) {
      throw new ConfigException("invalid value for --snap-min-gap: must not be negative, got " + snapMinGap);
    }
    OptionChecks.positive("--snapshot-interval", snapshotInterval);
    if (snapshotsKept < 0 || snapshotsKept > 16) {
      throw new ConfigException("invalid value for --snapshots-kept: must be in 0..16, got " + snapshotsKept);
    }
    OptionChecks.port("--p2p-port", port, true);
    OptionChecks.positive("--max-peers", maxPeers);
    checkAddresses("--bootnodes", bootnodes);
    checkAddresses("--static-peers", staticPeers);
  }

  private static void checkAddresses(String option, List<String> values) {
    for (String value : values) {
      if (value.isBlank()) {
        continue;
      }
      try {
        PeerAddress.parse(value.strip());
      } catch (IllegalArgumentException e) {
        throw new ConfigException("invalid value for " + option + ": " + e.getMessage());
      }
    }
  }

  public NetworkSettings toSettings() {
    return new NetworkSettings(host, port, bootnodes, staticPeers, maxPeers,
        new SyncSettings(mode(), snapMinGap, snapshotInterval, snapshotsKept, SyncSettings.DEFAULT_RANGE_BYTES), discovery);
  }

  private SyncSettings.Mode mode() {
    return switch (syncMode == null ? "" : syncMode.strip()) {
      case "snap" -> SyncSettings.Mode.SNAP;
      case "full" -> SyncSettings.Mode.FULL;
      default -> throw new ConfigException("invalid value for --sync-mode: expected snap or full, got '" + syncMode + "'");
    };
  }
}
