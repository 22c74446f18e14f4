package org.peerchain.testnet.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProcessGuardTest {
  static final Path CONFIG = Path.of("/tmp/testnet/node1/node.toml");

  @Test
  void aPidIsOursOnlyWhileItsCommandLineNamesTheConfig() {
    Map<Long, String> table = Map.of(
        10L, "java -Xmx384m -cp x org.peerchain.node.cli.PeerchainCli node --config /tmp/testnet/node1/node.toml",
        11L, "java -cp x org.peerchain.node.cli.PeerchainCli node --config /tmp/testnet/node2/node.toml",
        12L, "/usr/bin/vim notes.txt");
    ProcessGuard guard = new ProcessGuard(pid -> Optional.ofNullable(table.get(pid)));
    assertThat(guard.isNode(10, CONFIG)).isTrue();
    assertThat(guard.isNode(11, CONFIG)).isFalse();
    assertThat(guard.isNode(12, CONFIG)).as("a reused PID").isFalse();
    assertThat(guard.isNode(13, CONFIG)).as("a dead PID").isFalse();
    assertThat(guard.isNode(0, CONFIG)).isFalse();
  }

  @Test
  void readsRealCommandLinesAndForgetsExitedProcesses() throws Exception {
    Process sleeper = new ProcessBuilder("sh", "-c", "sleep 30; true", CONFIG.toString()).start();
    try {
      ProcessGuard guard = ProcessGuard.system();
      // Until the child has exec'd, /proc shows the JDK's spawn helper.
      for (int i = 0; i < 100 && !guard.isNode(sleeper.pid(), CONFIG); i++) {
        Thread.sleep(20);
      }
      assertThat(guard.isNode(sleeper.pid(), CONFIG)).isTrue();
      assertThat(guard.isNode(sleeper.pid(), Path.of("/tmp/testnet/node2/node.toml"))).isFalse();
      assertThat(guard.isNode(ProcessHandle.current().pid(), CONFIG)).isFalse();
    } finally {
      sleeper.destroyForcibly();
    }
    assertThat(NodeProcesses.awaitExit(sleeper.pid(), Duration.ofSeconds(5))).isTrue();
    assertThat(ProcessGuard.system().isNode(sleeper.pid(), CONFIG)).isFalse();
  }

  @Test
  void nodeCommandLineRunsTheCliMainWithTheConfig() {
    NodeCommandLine line = new NodeCommandLine("/jdk/bin/java", "a.jar:b.jar", 384);
    assertThat(line.forConfig(CONFIG)).containsExactly("/jdk/bin/java", "-Xmx384m", "-cp", "a.jar:b.jar",
        "org.peerchain.node.cli.PeerchainCli", "node", "--config", CONFIG.toString());
    assertThat(NodeCommandLine.ofThisJvm(256).java()).endsWith("java");
  }
}
