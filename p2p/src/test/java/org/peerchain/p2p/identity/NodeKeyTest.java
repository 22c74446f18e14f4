package org.peerchain.p2p.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerchain.core.crypto.KeyPair;

class NodeKeyTest {
  @TempDir Path dir;

  @Test
  void createsTheKeyOnceWithOwnerOnlyModeAndReloadsIt() throws Exception {
    Path dataDir = dir.resolve("data");
    KeyPair first = NodeKey.loadOrCreate(dataDir);
    Path file = dataDir.resolve("node.key");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    assertThat(Files.readString(file).strip()).matches("[0-9a-f]{64}");
    KeyPair again = NodeKey.loadOrCreate(dataDir);
    assertThat(again.publicKey()).isEqualTo(first.publicKey());
    assertThat(NodeKey.nodeId(again).toHex()).hasSize(128).isEqualTo(first.publicKey().bytes().toHexString().substring(2));
  }

  @Test
  void aCorruptKeyFileIsAClearError() throws Exception {
    Files.writeString(dir.resolve("node.key"), "not a key");
    assertThatThrownBy(() -> NodeKey.loadOrCreate(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("node.key is invalid")
        .hasMessageNotContaining("not a key");
  }
}
