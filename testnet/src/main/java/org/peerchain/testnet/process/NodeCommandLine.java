package org.peerchain.testnet.process;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The command that runs one node: this very JVM's java and class path, so it works alike from the
 * distribution jar and from a test class path. Nodes run in their own directories, so the class
 * path is made absolute first ({@code java -jar build/peerchain.jar} has a relative one).
 */
public record NodeCommandLine(String java, String classPath, int heapMb) {
  public static final String MAIN_CLASS = "org.peerchain.node.cli.PeerchainCli";

  public static NodeCommandLine ofThisJvm(int heapMb) {
    String java = ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    Path cwd = Path.of(System.getProperty("user.dir"));
    return new NodeCommandLine(Path.of(java).isAbsolute() ? java : cwd.resolve(java).normalize().toString(),
        absoluteClassPath(System.getProperty("java.class.path"), cwd), heapMb);
  }

  /**
   * Every entry of {@code classPath} resolved against {@code cwd}; an empty entry (the current
   * directory to java) becomes {@code cwd}, and a directory wildcard {@code lib/*} keeps its star.
   */
  static String absoluteClassPath(String classPath, Path cwd) {
    List<String> out = new ArrayList<>();
    for (String entry : classPath.split(Pattern.quote(File.pathSeparator), -1)) {
      if (entry.isEmpty()) {
        out.add(cwd.toString());
      } else if (entry.equals("*") || entry.endsWith(File.separator + "*")) {
        Path dir = entry.equals("*") ? cwd : cwd.resolve(entry.substring(0, entry.length() - 2)).normalize();
        out.add(dir + File.separator + "*");
      } else {
        out.add(cwd.resolve(entry).normalize().toString());
      }
    }
    return String.join(File.pathSeparator, out);
  }

  public List<String> forConfig(Path config) {
    return forArgs(List.of("node", "--config", config.toString()));
  }

  /** {@code peerchain ARGS} in a JVM of this heap. */
  public List<String> forArgs(List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("-Xmx" + heapMb + "m");
    command.add("-cp");
    command.add(classPath);
    command.add(MAIN_CLASS);
    command.addAll(args);
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
