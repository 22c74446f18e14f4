package org.peerchain.testnet.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerchain.core.crypto.PrivateKey;
import org.peerchain.core.crypto.Secp256k1;
import org.peerchain.core.genesis.Genesis;
import org.peerchain.core.genesis.GenesisReader;
import org.peerchain.core.keys.DevAccounts;
import org.peerchain.node.config.ConfigFile;
import org.peerchain.testnet.manifest.Manifest;
import org.peerchain.testnet.manifest.NodeEntry;
import org.peerchain.testnet.manifest.NodeRole;

class TestnetLayoutTest {
  static final NodeCapabilities WITH_P2P = new NodeCapabilities(Set.of("data-dir", "genesis", "p2p-port", "bootnodes"));
  static final NodeCapabilities WITHOUT_P2P = new NodeCapabilities(Set.of("data-dir", "genesis"));
  static final LayoutSpec SPEC = new LayoutSpec(4, 1, 26_000, 1337, 500, 2_000, 25, 10_000, 384, 1_700_000_000L);

  @TempDir Path tmp;

  @Test
  void sameSeedGivesTheSameNetwork() throws Exception {
    Manifest a = new TestnetLayout(SPEC, KeySource.seeded(42), WITH_P2P).create(tmp.resolve("a"));
    Manifest b = new TestnetLayout(SPEC, KeySource.seeded(42), WITH_P2P).create(tmp.resolve("b"));
    assertThat(Files.readString(tmp.resolve("a/genesis.json"))).isEqualTo(Files.readString(tmp.resolve("b/genesis.json")));
    assertThat(a.nodes()).extracting(NodeEntry::nodeId).isEqualTo(b.nodes().stream().map(NodeEntry::nodeId).toList());
    assertThat(Files.readString(tmp.resolve("a/node3/node.toml")).replace(tmp.resolve("a").toString(), "D"))
        .isEqualTo(Files.readString(tmp.resolve("b/node3/node.toml")).replace(tmp.resolve("b").toString(), "D"));
    Manifest c = new TestnetLayout(SPEC, KeySource.seeded(43), WITH_P2P).create(tmp.resolve("c"));
    assertThat(c.nodes().get(0).nodeId()).isNotEqualTo(a.nodes().get(0).nodeId());
  }

  @Test
  void genesisHasTheValidatorsAndFundsTheDevAccounts() {
    Manifest m = new TestnetLayout(SPEC, KeySource.seeded(1), WITH_P2P).create(tmp);
    Genesis g = GenesisReader.read(tmp.resolve(TestnetLayout.GENESIS_FILE));
    assertThat(g.chainId()).isEqualTo(1337);
    assertThat(g.blockPeriodMs()).isEqualTo(500);
    assertThat(g.emptyBlockPeriodMs()).isEqualTo(2_000);
    assertThat(g.gasLimit()).isEqualTo(TestnetLayout.BLOCK_GAS_LIMIT).isGreaterThan(Genesis.DEFAULT_GAS_LIMIT);
    assertThat(g.timestamp()).isEqualTo(1_700_000_000L);
    assertThat(g.validators()).extracting(v -> v.address().toChecksumString())
        .containsExactlyElementsOf(m.validators().stream().map(n -> n.validatorAddress().orElseThrow()).toList());
    assertThat(g.alloc()).hasSize(25).containsKey(DevAccounts.account(24).address());
    assertThat(m.accounts()).hasSize(25);
    assertThat(m.accounts().get(0).address()).isEqualTo("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    assertThat(m.nodes()).extracting(NodeEntry::role)
        .containsExactly(NodeRole.VALIDATOR, NodeRole.VALIDATOR, NodeRole.VALIDATOR, NodeRole.VALIDATOR, NodeRole.FULL);
    assertThat(m.faultTolerance()).isEqualTo(1);
  }

  @Test
  void keysAreOwnerOnlyHexFilesMatchingTheManifest() throws Exception {
    Manifest m = new TestnetLayout(SPEC, KeySource.seeded(7), WITH_P2P).create(tmp);
    NodeEntry node2 = m.nodes().get(1);
    Path nodeKey = node2.dataDir().resolve(TestnetLayout.NODE_KEY_FILE);
    Path validatorKey = node2.dir().resolve(TestnetLayout.VALIDATOR_KEY_FILE);
    for (Path key : new Path[] {nodeKey, validatorKey}) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
    }
    PrivateKey nk = PrivateKey.fromHexString(Files.readString(nodeKey));
    assertThat(node2.nodeId()).hasSize(128).isEqualTo(Secp256k1.get().publicKey(nk).bytes().toHexString().substring(2));
    PrivateKey vk = PrivateKey.fromHexString(Files.readString(validatorKey));
    assertThat(node2.validatorAddress()).contains(Secp256k1.get().publicKey(vk).address().toChecksumString());
    assertThat(m.nodes().get(4).dir().resolve(TestnetLayout.VALIDATOR_KEY_FILE)).doesNotExist();
  }

  @Test
  void configNamesNodeOptionsAndBootsFromAllOtherNodes() {
    Manifest m = new TestnetLayout(SPEC, KeySource.seeded(3), WITH_P2P).create(tmp);
    NodeEntry node1 = m.nodes().get(0);
    ConfigFile config = ConfigFile.read(node1.configFile());
    assertThat(config.get("data-dir")).contains(node1.dataDir().toString());
    assertThat(config.get("genesis")).contains(tmp.toAbsolutePath().resolve("genesis.json").toString());
    assertThat(config.get("validator-key")).contains(node1.dir().resolve("validator.key").toString());
    assertThat(config.get("rpc-port")).contains("26001");
    assertThat(config.get("metrics-port")).contains("26002");
    assertThat(config.get("p2p-port")).contains("26000");
    assertThat(config.get("bootnodes").orElseThrow().split(","))
        .containsExactly(m.nodes().get(1).p2pAddress(), m.nodes().get(2).p2pAddress(), m.nodes().get(3).p2pAddress(),
            m.nodes().get(4).p2pAddress());
    assertThat(ConfigFile.read(m.nodes().get(4).configFile()).get("validator-key")).isEmpty();
  }

  @Test
  void withoutNetworkingTheConfigHasNoP2pKeys() {
    LayoutSpec one = new LayoutSpec(1, 0, 30_000, 1337, 500, 2_000, 5, 1, 384, 0);
    Manifest m = new TestnetLayout(one, KeySource.seeded(3), WITHOUT_P2P).create(tmp);
    ConfigFile config = ConfigFile.read(m.nodes().get(0).configFile());
    assertThat(config.keys()).containsExactly("data-dir", "genesis", "validator-key", "rpc-host", "rpc-port", "metrics-port");
  }

  @Test
  void theNodeCommandOfThisBuildIsProbed() {
    NodeCapabilities caps = NodeCapabilities.ofThisBuild();
    assertThat(caps.optionKeys()).contains("data-dir", "genesis", "validator-key", "rpc-port", "metrics-port", "config");
  }
}
