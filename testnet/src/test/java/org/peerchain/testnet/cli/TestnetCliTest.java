package org.peerchain.testnet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerchain.core.genesis.Genesis;
import org.peerchain.core.genesis.GenesisReader;
import org.peerchain.core.keys.DevAccounts;
import org.peerchain.core.types.Address;
import org.peerchain.node.cli.PeerchainCli;
import org.peerchain.testnet.TestnetException;
import org.peerchain.testnet.layout.KeySource;
import org.peerchain.testnet.layout.LayoutSpec;
import org.peerchain.testnet.layout.NodeCapabilities;
import org.peerchain.testnet.layout.TestnetLayout;
import org.peerchain.testnet.manifest.ManifestStore;

class TestnetCliTest {
  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = PeerchainCli.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void testnetIsACommandOfTheCli() {
    Run r = run("testnet", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("up", "status", "down", "load", "chaos", "attack");
  }

  @Test
  void attackOptionsAreCheckedBeforeAnythingIsTouched() {
    Run mode = run("testnet", "attack", "--mode", "nuke", "--dir", tmp.toString());
    assertThat(mode.code()).isEqualTo(2);
    assertThat(mode.err()).contains("unknown mode 'nuke' (poison, forge, swap, amplify)");
    Run rate = run("testnet", "attack", "--mode", "poison", "--rate", "0", "--dir", tmp.toString());
    assertThat(rate.code()).isEqualTo(2);
    assertThat(rate.err()).startsWith("peerchain: invalid value for --rate: 0 (1-5000)");
    Run none = run("testnet", "attack", "--mode", "amplify", "--dir", tmp.toString());
    assertThat(none.code()).isEqualTo(1);
    assertThat(none.err()).contains("is not a testnet directory");
  }

  @Test
  void aDirectoryWithoutATestnetIsRefusedInOneLine() {
    for (String command : new String[] {"status", "down", "load", "chaos"}) {
      Run r = run("testnet", command, "--dir", tmp.toString());
      assertThat(r.code()).as(command).isEqualTo(1);
      assertThat(r.err()).isEqualTo("peerchain: " + tmp + " is not a testnet directory (no testnet.json); create one with "
          + "'peerchain testnet up --dir " + tmp + "'" + System.lineSeparator());
    }
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertThat(run("testnet", "up", "--nodes", "3").err()).startsWith("peerchain: unknown option '--nodes'");
    Run zero = run("testnet", "up", "--validators", "0", "--dir", tmp.resolve("t").toString());
    assertThat(zero.code()).isEqualTo(2);
    assertThat(zero.err()).startsWith("peerchain: invalid value for --validators: 0 (1-64)");
    assertThat(run("testnet", "up", "--base-port", "100", "--validators", "1", "--dir", tmp.resolve("t").toString()).err())
        .startsWith("peerchain: invalid value for --base-port: 100");
  }

  @Test
  void linkFaultOptionsAndImpossibleScenariosAreRefusedInOneLine() {
    Run nine = run("testnet", "up", "--validators", "9", "--link-faults", "--dir", tmp.resolve("t").toString());
    assertThat(nine.code()).isEqualTo(2);
    assertThat(nine.err()).contains("--link-faults supports at most 8 nodes");
    assertThat(tmp.resolve("t")).doesNotExist();
    Run unknown = run("testnet", "chaos", "--scenario", "split-brain", "--dir", tmp.toString());
    assertThat(unknown.err()).contains("unknown scenario 'split-brain'; known: isolated-proposer");

    // Three validators tolerate no fault: taking one away is refused before anything runs.
    Path three = tmp.resolve("three");
    ManifestStore.write(three, new TestnetLayout(new LayoutSpec(3, 0, 26_000, 1337, 500, 2_000, 20, 1, 384, 1L, true),
        KeySource.seeded(3), NodeCapabilities.ofThisBuild()).create(three));
    Run refused = run("testnet", "chaos", "--scenario", "one-third-down", "--dir", three.toString());
    assertThat(refused.code()).isEqualTo(1);
    assertThat(refused.err()).contains("refused: scenario one-third-down takes 1 of 3 validators away, more than f = 0");
    Run halves = run("testnet", "chaos", "--scenario", "halves", "--dir", three.toString());
    assertThat(halves.err()).as("a possible scenario gets as far as the stopped nodes").contains("node1 is not running");
  }

  @Test
  void aNetworkBehindLinkProxiesDialsOnlyTheProxies() throws Exception {
    Path dir = tmp.resolve("proxied");
    ManifestStore.write(dir, new TestnetLayout(new LayoutSpec(3, 0, 26_000, 1337, 500, 2_000, 20, 1, 384, 1L, true),
        KeySource.seeded(3), NodeCapabilities.ofThisBuild()).create(dir));
    String toml = Files.readString(dir.resolve("node1/node.toml"));
    assertThat(toml).contains("p2p-discovery = false", "@127.0.0.1:26003\"", "@127.0.0.1:26004\"")
        .doesNotContain("@127.0.0.1:26010\"");
    assertThat(ManifestStore.read(dir).linkFaults()).isTrue();
  }

  @Test
  void aNonEmptyDirectoryThatIsNoTestnetIsLeftAlone() throws Exception {
    Files.writeString(tmp.resolve("precious.txt"), "keep me");
    Run r = run("testnet", "up", "--validators", "1", "--dir", tmp.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("is not empty and holds no testnet");
    assertThat(tmp.resolve("testnet.json")).doesNotExist();
  }

  @Test
  void aPortInUseIsNamedBeforeAnyNodeStarts() throws Exception {
    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress("127.0.0.1", 0));
      // The first port checked is the one taken, so no other process's port can come first.
      int p2p = taken.getLocalPort();
      Run r = run("testnet", "up", "--validators", "1", "--base-port", Integer.toString(p2p), "--dir",
          tmp.resolve("net").toString(), "--seed", "1");
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.err()).isEqualTo("peerchain: port " + p2p + " (P2P of node1) is in use on 127.0.0.1; stop what "
          + "listens there or choose another --base-port" + System.lineSeparator());
      assertThat(tmp.resolve("net/testnet.json")).exists();
    }
  }

  @Test
  void severalNodesNeedANodeWithNetworking() {
    assertThatThrownBy(() -> UpCommand.requireNetworking(new NodeCapabilities(Set.of("rpc-port")), 4))
        .isInstanceOf(TestnetException.class).hasMessageContaining("no P2P networking");
    assertThatCode(() -> UpCommand.requireNetworking(new NodeCapabilities(Set.of("rpc-port")), 1)).doesNotThrowAnyException();
    assertThatCode(() -> UpCommand.requireNetworking(new NodeCapabilities(Set.of("p2p-port")), 4)).doesNotThrowAnyException();
  }

  @Test
  void genesisNewWritesValidatorsAllocAndDevAccounts() throws Exception {
    Path key = tmp.resolve("v.key");
    Files.writeString(key, DevAccounts.account(5).privateKey().bytes().toHexString() + "\n");
    Path out = tmp.resolve("sub/genesis.json");
    Run r = run("genesis", "new", "--out", out.toString(), "--chain-id", "4242",
        "--validators", DevAccounts.account(7).address().toChecksumString(), "--validator-keys", key.toString(),
        "--alloc", "0x000000000000000000000000000000000000dEaD=12345", "--dev-accounts", "3", "--dev-balance", "2",
        "--gas-limit", "40000000", "--block-period", "250", "--empty-block-period", "5000");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("chain 4242, 2 validator(s), 4 funded account(s)");
    Genesis g = GenesisReader.read(out);
    assertThat(g.chainId()).isEqualTo(4242);
    assertThat(g.gasLimit()).isEqualTo(40_000_000);
    assertThat(g.blockPeriodMs()).isEqualTo(250);
    assertThat(g.emptyBlockPeriodMs()).isEqualTo(5000);
    assertThat(g.validators()).extracting(v -> v.address())
        .containsExactly(DevAccounts.account(7).address(), DevAccounts.account(5).address());
    assertThat(g.alloc().get(Address.fromHexString("0x000000000000000000000000000000000000dead")).balance().toString())
        .isEqualTo("12345");
    assertThat(g.alloc().get(DevAccounts.account(2).address()).balance().toString()).isEqualTo("2000000000000000000");

    Run again = run("genesis", "new", "--out", out.toString(), "--validators", DevAccounts.account(7).address().toString());
    assertThat(again.code()).isEqualTo(2);
    assertThat(again.err()).startsWith("peerchain: " + out + " exists; use --force to overwrite it");
    assertThat(run("genesis", "new", "--out", out.toString(), "--force", "--validators",
        DevAccounts.account(7).address().toString()).code()).isZero();
  }

  @Test
  void genesisNewRefusesBadInput() {
    String out = tmp.resolve("g.json").toString();
    assertThat(run("genesis", "new", "--out", out).err())
        .startsWith("peerchain: a genesis needs at least one validator");
    assertThat(run("genesis", "new", "--out", out, "--validators", "0x12").err())
        .startsWith("peerchain: invalid value for --validators: '0x12' is not an address");
    String v = DevAccounts.account(1).address().toString();
    assertThat(run("genesis", "new", "--out", out, "--validators", v, "--alloc", "0xdead").err())
        .startsWith("peerchain: invalid value for --alloc: '0xdead' (expected ADDR=WEI)");
    assertThat(run("genesis", "new", "--out", out, "--validators", v, "--alloc", v + "=-1").err())
        .startsWith("peerchain: invalid value for --alloc");
    assertThat(run("genesis", "new", "--out", out, "--validators", v + "," + v).err())
        .startsWith("peerchain: invalid genesis: duplicate validator");
    assertThat(run("genesis", "new", "--out", out, "--validators", v, "--block-period", "20000").err())
        .startsWith("peerchain: invalid genesis: emptyBlockPeriodMs");
    assertThat(run("genesis", "new", "--out", out, "--validator-keys", tmp.resolve("none.key").toString()).err())
        .startsWith("peerchain: invalid value for --validator-keys: file not found");
    assertThat(Path.of(out)).doesNotExist();
  }
}
