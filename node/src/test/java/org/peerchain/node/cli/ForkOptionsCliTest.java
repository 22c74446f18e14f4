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

/** {@code peerchain dev --fork-*}: every bad combination is a one-line usage error before anything is dialed. */
class ForkOptionsCliTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir Path dir;

  @Test
  void aForkNeedsExactlyOneTrustAnchor() throws Exception {
    assertThat(run("dev", "--fork-url", "http://127.0.0.1:1")).isEqualTo(2);
    assertThat(firstErrorLine()).contains("--fork-url needs exactly one trust anchor");
    Path genesis = dir.resolve("genesis.json");
    Files.writeString(genesis, "{}");
    assertThat(run("dev", "--fork-url", "http://127.0.0.1:1", "--fork-genesis", genesis.toString(),
        "--fork-validators", "0x" + "11".repeat(20))).isEqualTo(2);
    assertThat(firstErrorLine()).contains("exactly one trust anchor");
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
