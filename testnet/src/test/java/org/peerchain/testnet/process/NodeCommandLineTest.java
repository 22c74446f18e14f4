package org.peerchain.testnet.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeCommandLineTest {
  static final String SEP = File.pathSeparator;
  static final Path CWD = Path.of("/home/user/work");

  @Test
  void aRelativeJarFromJavaDashJarBecomesAbsolute() {
    assertThat(NodeCommandLine.absoluteClassPath("dist/target/peerchain.jar", CWD))
        .isEqualTo("/home/user/work/dist/target/peerchain.jar");
    assertThat(NodeCommandLine.absoluteClassPath("../peerchain.jar", CWD)).isEqualTo("/home/user/peerchain.jar");
  }

  @Test
  void absoluteEntriesStayWildcardsKeepTheirStarAndAnEmptyEntryIsTheWorkingDirectory() {
    String cp = String.join(SEP, "/opt/a.jar", "lib/*", "", "*", "classes");
    assertThat(NodeCommandLine.absoluteClassPath(cp, CWD)).isEqualTo(String.join(SEP, "/opt/a.jar",
        "/home/user/work/lib/*", "/home/user/work", "/home/user/work/*", "/home/user/work/classes"));
  }

  @Test
  void theNodeCommandOfThisJvmNamesNoRelativePath() {
    List<String> command = NodeCommandLine.ofThisJvm(128).forConfig(Path.of("/tmp/n/node.toml"));
    assertThat(Path.of(command.get(0)).isAbsolute()).isTrue();
    String cp = command.get(command.indexOf("-cp") + 1);
    for (String entry : cp.split(SEP)) {
      assertThat(Path.of(entry.endsWith("*") ? entry.substring(0, entry.length() - 1) : entry).isAbsolute())
          .as(entry).isTrue();
    }
  }

  @Test
  void extraOptionsFollowTheDefaultsAndNameEachNodesOwnFile() {
    List<String> options = NodeCommandLine.options("  -XX:StartFlightRecording=filename=/tmp/{node}.jfr   -Xss1m ");
    assertThat(options).startsWith(NodeCommandLine.DEFAULT_OPTIONS.toArray(String[]::new))
        .endsWith("-XX:StartFlightRecording=filename=/tmp/{node}.jfr", "-Xss1m");
    assertThat(NodeCommandLine.options(null)).isEqualTo(NodeCommandLine.DEFAULT_OPTIONS);
    NodeCommandLine line = new NodeCommandLine("/jdk/bin/java", "a.jar", 256, options);
    List<String> command = line.forConfig(Path.of("/tmp/net/node3/node.toml"));
    assertThat(command).contains("-XX:StartFlightRecording=filename=/tmp/node3.jfr", "-Xmx256m")
        .endsWith(NodeCommandLine.MAIN_CLASS, "node", "--config", "/tmp/net/node3/node.toml");
    assertThat(command.indexOf("-Xss1m")).isLessThan(command.indexOf("-cp"));
  }
}
