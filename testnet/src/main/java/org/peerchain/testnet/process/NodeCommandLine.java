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
public record NodeCommandLine(String java, String classPath, int heapMb, List<String> jvmOptions) {
  public static final String MAIN_CLASS = "org.peerchain.node.cli.PeerchainCli";
  /**
   * Extra options for every node's JVM, split on spaces (e.g. a flight recording); {@value #NODE_NAME}
   * in them becomes the node's directory name, so each node writes its own file.
   */
  public static final String NODE_OPTIONS_ENV = "PEERCHAIN_NODE_JAVA_OPTS";
  public static final String NODE_NAME = "{node}";
  /**
   * Every node starts with these. A testnet's nodes share the machine's cores: run by root, thread
   * priorities reach the OS (Linux nice values), so each node's consensus threads run ahead of its
   * RPC and gossip threads; for anyone else the JVM would ignore the option with a warning in every
   * node's log, so it is not given.
   */
  static final List<String> DEFAULT_OPTIONS =
      "root".equals(System.getProperty("user.name")) ? List.of("-XX:ThreadPriorityPolicy=1") : List.of();

  public NodeCommandLine {
    jvmOptions = List.copyOf(jvmOptions);
  }

  /** A JVM with no options beyond its heap (the link proxy's). */
  public NodeCommandLine(String java, String classPath, int heapMb) {
    this(java, classPath, heapMb, List.of());
  }

  public static NodeCommandLine ofThisJvm(int heapMb) {
    String java = ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    Path cwd = Path.of(System.getProperty("user.dir"));
    return new NodeCommandLine(Path.of(java).isAbsolute() ? java : cwd.resolve(java).normalize().toString(),
        absoluteClassPath(System.getProperty("java.class.path"), cwd), heapMb,
        options(System.getenv(NODE_OPTIONS_ENV)));
  }

  /** The default options, then those of {@code env} (so they win); {@code env} may be null. */
  static List<String> options(String env) {
    List<String> out = new ArrayList<>(DEFAULT_OPTIONS);
    if (env != null) {
      for (String option : env.trim().split("\\s+")) {
        if (!option.isEmpty()) {
          out.add(option);
        }
      }
    }
    return out;
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
    Path dir = config.toAbsolutePath().getParent();
    String name = dir == null || dir.getFileName() == null ? "node" : dir.getFileName().toString();
    return command(List.of("node", "--config", config.toString()), name);
  }

  /** {@code peerchain ARGS} in a JVM of this heap. */
  public List<String> forArgs(List<String> args) {
    return command(args, "peerchain");
  }

  private List<String> command(List<String> args, String name) {
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("-Xmx" + heapMb + "m");
    for (String option : jvmOptions) {
      command.add(option.replace(NODE_NAME, name));
    }
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
