package org.peerchain.testnet.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerchain.node.config.ConfigFile;
import org.peerchain.testnet.manifest.Manifest;
import org.peerchain.testnet.manifest.NodeEntry;
import org.peerchain.testnet.manifest.NodeRole;

class AddedNodeTest {
  static final NodeCapabilities SNAP = new NodeCapabilities(Set.of("data-dir", "genesis", "p2p-port", "bootnodes",
      "sync-mode", "snapshot-interval", "snap-min-gap"));

  @TempDir Path tmp;

  @Test
  void anAddedNodeTakesTheNextPortsAndBootsFromEveryNode() {
    Manifest m = new TestnetLayout(TestnetLayoutTest.SPEC, KeySource.seeded(3), SNAP, Optional.of("full")).create(tmp);
    NodeEntry added = AddedNode.write(tmp.toAbsolutePath(), m, SNAP, Optional.of("snap"));
    assertThat(added.name()).isEqualTo("node6");
    assertThat(added.role()).isEqualTo(NodeRole.FULL);
    assertThat(added.p2pPort()).isEqualTo(26_050);
    assertThat(Files.exists(added.dataDir().resolve(TestnetLayout.NODE_KEY_FILE))).isTrue();
    ConfigFile config = ConfigFile.read(added.configFile());
    assertThat(config.get("sync-mode")).contains("snap");
    assertThat(config.get("snapshot-interval")).contains("" + TestnetLayout.SNAPSHOT_INTERVAL);
    assertThat(config.get("bootnodes").orElseThrow().split(",")).hasSize(5);
    // The full node made by up got the mode asked of up; validators keep the node's default.
    assertThat(ConfigFile.read(m.nodes().get(4).configFile()).get("sync-mode")).contains("full");
    assertThat(ConfigFile.read(m.nodes().get(0).configFile()).get("sync-mode")).isEmpty();
  }
}
