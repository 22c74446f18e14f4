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

  @Option(names = "--p2p-discovery", paramLabel = "BOOL", arity = "1", defaultValue = "true",
      description = "Dial addresses learned from peers (default: ${DEFAULT-VALUE}); false dials only --bootnodes and "
          + "--static-peers, so that a node reaches its peers only where it was told to (a testnet behind link proxies).")
  public boolean discovery;

  public void validate() {
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
    return new NetworkSettings(host, port, bootnodes, staticPeers, maxPeers, discovery);
  }
}
