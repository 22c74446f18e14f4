package org.peerchain.node.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.core.types.UInt256;
import org.peerchain.node.fork.PinnedAnchor;

/** {@code peerchain dev --fork-*}: every bad combination is a one-line usage error before anything is dialed;
 * without an anchor the upstream's is trusted on first use, said in a WARNING line. */
class ForkOptionsCliTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir Path dir;

  @Test
  void aForkTakesAtMostOneTrustAnchor() throws Exception {
    Path genesis = dir.resolve("genesis.json");
    Files.writeString(genesis, "{}");
    assertThat(run("dev", "--fork-url", "http://127.0.0.1:1", "--fork-genesis", genesis.toString(),
        "--fork-validators", "0x" + "11".repeat(20))).isEqualTo(2);
    assertThat(firstErrorLine()).contains("at most one trust anchor");
  }

  @Test
  void withoutAnAnchorTheUpstreamIsTrustedOnFirstUseWithAWarning() throws Exception {
    // No anchor is no usage error: the refused connection is the failure.
    assertThat(run("dev", "--fork-url", "http://127.0.0.1:1")).isEqualTo(1);
    assertThat(firstErrorLine()).startsWith("peerchain: ").contains("127.0.0.1:1");

    BlockHeader genesis = BlockHeader.builder().parentHash(Hash.ZERO).coinbase(Address.ZERO).stateRoot(Hash.ZERO)
        .number(0).gasLimit(30_000_000).gasUsed(0).timestamp(1_700_000_000L).extraData(Bytes.EMPTY)
        .baseFeePerGas(UInt256.valueOf(1_000_000_000L)).build();
    try (FakeUpstream upstream = new FakeUpstream(genesis)) {
      Path data = dir.resolve("data");
      // The fake has validators and a genesis but no head: the fork fails after the warning.
      assertThat(run("dev", "--fork-url", upstream.url(), "--data-dir", data.toString())).isEqualTo(1);
      String warning = err.toString().lines().filter(l -> l.startsWith("WARNING")).findFirst().orElse("");
      assertThat(warning).contains("trusting what " + upstream.url()).contains("2 validators")
          .contains(FakeUpstream.V1.toChecksumString()).contains(FakeUpstream.V2.toChecksumString())
          .contains("genesis " + genesis.hash()).contains("--fork-validators " + FakeUpstream.V1.toHexString())
          .contains("--fork-genesis");
      assertThat(err.toString()).contains("no block at its head");
      // Not pinned: the fork point never verified.
      assertThat(data.resolve(PinnedAnchor.FILE)).doesNotExist();
    }
  }

  @Test
  void badForkValuesAreNamed() {
    assertThat(run("dev", "--fork-url", "ftp://x", "--fork-validators", "0x" + "11".repeat(20))).isEqualTo(2);
    assertThat(firstErrorLine()).contains("--fork-url");
    assertThat(run("dev", "--fork-url", "http://127.0.0.1:1", "--fork-validators", "0x1234")).isEqualTo(2);
    assertThat(firstErrorLine()).contains("--fork-validators").contains("not an address");
    assertThat(run("dev", "--fork-url", "http://127.0.0.1:1", "--fork-validators", "0x" + "11".repeat(20) + ":x")).isEqualTo(2);
    assertThat(firstErrorLine()).contains("power");
    assertThat(run("dev", "--fork-url", "http://127.0.0.1:1", "--fork-validators", "0x" + "11".repeat(20),
        "--fork-block", "-1")).isEqualTo(2);
    assertThat(firstErrorLine()).contains("--fork-block");
    assertThat(run("dev", "--fork-url", "http://127.0.0.1:1", "--fork-genesis", dir.resolve("missing.json").toString()))
        .isEqualTo(2);
    assertThat(firstErrorLine()).contains("--fork-genesis");
    assertThat(run("dev", "--fork-block", "5")).isEqualTo(2);
    assertThat(firstErrorLine()).contains("need --fork-url");
  }

  @Test
  void anUnreachableUpstreamIsAOneLineFailure() {
    // Port 1 on loopback refuses at once; nothing listens there.
    assertThat(run("dev", "--fork-url", "http://127.0.0.1:1", "--fork-validators", "0x" + "11".repeat(20),
        "--data-dir", dir.resolve("data").toString())).isEqualTo(1);
    assertThat(firstErrorLine()).startsWith("peerchain: ").contains("127.0.0.1:1");
  }

  private int run(String... args) {
    err.getBuffer().setLength(0);
    return PeerchainCli.run(args, new PrintWriter(out), new PrintWriter(err), Map.of());
  }

  private String firstErrorLine() {
    List<String> lines = err.toString().lines().toList();
    return lines.isEmpty() ? "" : lines.get(0);
  }
}
