package org.peerchain.node.cli;

/**
 * A top-level {@code peerchain} subcommand contributed by a module that {@code node} must not import
 * (e.g. {@code peerchain testnet} from module {@code testnet}).
 *
 * <p>Implementations are found with {@link java.util.ServiceLoader}: list the implementing class in
 * {@code src/main/resources/META-INF/services/org.peerchain.node.cli.CliExtension} of the contributing
 * module. The implementation needs a public no-argument constructor.
 */
public interface CliExtension {

  /**
   * Returns a fresh picocli command: an object whose class is annotated with {@code @Command} (its
   * {@code name} becomes the subcommand name), or a {@link picocli.CommandLine}. Called once per CLI
   * invocation. {@code --help}, {@code --version}, {@code --log-level} and {@code --debug} are added to
   * it and to all its subcommands.
   */
  Object command();
}
