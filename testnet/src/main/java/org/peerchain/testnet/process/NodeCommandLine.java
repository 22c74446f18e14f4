package org.peerchain.testnet.process;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command that runs one node: this very JVM's java and class path, so it works alike from the
 * distribution jar and from a test class path.
 */
public record NodeCommandLine(String java, String classPath, int heapMb) {
  public static final String MAIN_CLASS = "org.peerchain.node.cli.PeerchainCli";

  public static NodeCommandLine ofThisJvm(int heapMb) {
    String java = ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    return new NodeCommandLine(java, System.getProperty("java.class.path"), heapMb);
  }

  public List<String> forConfig(Path config) {
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("-Xmx" + heapMb + "m");
    command.add("-cp");
    command.add(classPath);
    command.add(MAIN_CLASS);
    command.add("node");
    command.add("--config");
    command.add(config.toString());
    return command;
  }

  /**
   * With setsid(1) in front, a node runs in a session of its own: Ctrl-C at the terminal of the
   * {@code testnet} command that started it does not reach it. setsid execs in place (its caller
   * is no group leader), so the PID is the JVM's.
   */
  public static List<String> detached(List<String> command) {
    for (String dir : List.of("/usr/bin", "/bin")) {
      Path setsid = Path.of(dir, "setsid");
      if (Files.isExecutable(setsid)) {
        List<String> out = new ArrayList<>(command.size() + 1);
        out.add(setsid.toString());
        out.addAll(command);
        return out;
      }
    }
    return command;
  }
}
