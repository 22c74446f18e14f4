package org.peerchain.node.cli;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import org.peerchain.node.config.ConfigArguments;
import org.peerchain.node.config.ConfigDefaults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.RunLast;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code peerchain}: the root command and the program's entry point.
 *
 * <p>Built-in subcommands are listed in the {@code @Command} annotation below; modules above
 * {@code node} add theirs through {@link CliExtension}. Options with {@link ScopeType#INHERIT} are
 * accepted by every subcommand too ({@code peerchain keys new --log-level debug}).
 */
@Command(
    name = "peerchain",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    synopsisSubcommandLabel = "COMMAND",
    description = "A peer-to-peer, Ethereum-compatible ledger node with BFT finality.",
    commandListHeading = "%nCommands:%n",
    optionListHeading = "%nOptions:%n",
    footer = {"", "Run 'peerchain COMMAND --help' for more information on a command."},
    subcommands = {DevCommand.class, NodeCommand.class, KeysCommand.class, GenesisCommand.class})
public final class PeerchainCli implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(PeerchainCli.class);

  static final String DEBUG_OPTION = "--debug";
  static final String LOG_LEVEL_OPTION = "--log-level";
  static final String DEBUG_ENV = "PEERCHAIN_DEBUG";
  static final List<String> NODE_COMMANDS = List.of("dev", "node");

  @Spec private CommandSpec spec;

  // The two options below are read from the ParseResult (see execute, isDebug), which also sees the
  // copies that picocli adds to every subcommand; the fields only declare them.
  @Option(
      names = LOG_LEVEL_OPTION,
      paramLabel = "LEVEL",
      scope = ScopeType.INHERIT,
      description = "Log level: ${COMPLETION-CANDIDATES} (default: INFO).")
  private LogLevel logLevel;

  @Option(
      names = DEBUG_OPTION,
      scope = ScopeType.INHERIT,
      description = "Print stack traces of errors (also with " + DEBUG_ENV + "=1).")
  private boolean debug;

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, Charset.defaultCharset());
    PrintWriter err = new PrintWriter(System.err, true, Charset.defaultCharset());
    int exitCode = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(exitCode);
  }

  /** Runs the CLI in-process and returns its exit code: 0 ok, 1 the command failed, 2 bad arguments. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, System.getenv());
  }

  static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
    boolean debugFromEnv = "1".equals(env.get(DEBUG_ENV)) || "true".equalsIgnoreCase(env.get(DEBUG_ENV));
    try {
      CommandLine cli = commandLine(err);
      // Node commands take option values from a config file and the environment too.
      ConfigDefaults defaults = ConfigArguments.defaults(args, env);
      for (String name : NODE_COMMANDS) {
        CommandLine sub = cli.getSubcommands().get(name);
        if (sub != null) {
          sub.setDefaultValueProvider(defaults);
        }
      }
      CliErrors errors = new CliErrors(parsed -> debugFromEnv || isDebug(parsed));
      cli.setOut(out)
          .setErr(err)
          .setCaseInsensitiveEnumValuesAllowed(true)
          .setParameterExceptionHandler(errors)
          .setExecutionExceptionHandler(errors)
          .setExecutionStrategy(PeerchainCli::execute);
      return cli.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /**
   * The full command tree: built-in commands, then every {@link CliExtension} on the class path. Each
   * command gets {@code --help}/{@code --version}; call the setters of picocli's {@link CommandLine}
   * (out, err, handlers) after this, since they only reach subcommands that exist by then.
   */
  static CommandLine commandLine(PrintWriter err) {
    CommandLine cli = new CommandLine(new PeerchainCli());
    for (CliExtension extension : extensions(err)) {
      addExtension(cli, extension, err);
    }
    addStandardOptions(cli.getCommandSpec());
    return cli;
  }

  @Override
  public Integer call() {
    // No subcommand: show what there is to run.
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  private static int execute(ParseResult parsed) {
    LogLevel level = logLevel(parsed);
    if (level != null) {
      level.applyToRootLogger();
    }
    return new RunLast().execute(parsed);
  }

  private static List<CliExtension> extensions(PrintWriter err) {
    List<CliExtension> found = new ArrayList<>();
    try {
      for (Iterator<ServiceLoader.Provider<CliExtension>> it =
              ServiceLoader.load(CliExtension.class).stream().iterator();
          it.hasNext(); ) {
        ServiceLoader.Provider<CliExtension> provider = it.next();
        try {
          found.add(provider.get());
        } catch (ServiceConfigurationError e) {
          err.println("peerchain: ignoring command extension " + provider.type().getName() + ": " + e.getMessage());
        }
      }
    } catch (ServiceConfigurationError e) {
      err.println("peerchain: ignoring command extensions: " + e.getMessage());
    }
    return found;
  }

  private static void addExtension(CommandLine cli, CliExtension extension, PrintWriter err) {
    try {
      Object command = extension.command();
      CommandLine sub = command instanceof CommandLine commandLine ? commandLine : new CommandLine(command);
      cli.addSubcommand(sub);
      LOG.debug("command '{}' added by {}", sub.getCommandName(), extension.getClass().getName());
    } catch (RuntimeException e) {
      // A broken extension must not take the rest of the CLI down with it.
      err.println("peerchain: ignoring command extension " + extension.getClass().getName() + ": " + e.getMessage());
    }
  }

  /** {@code --help} and {@code --version} on every command, whoever wrote it. */
  private static void addStandardOptions(CommandSpec command) {
    command.mixinStandardHelpOptions(true);
    if (command.versionProvider() == null && command.version().length == 0) {
      command.versionProvider(new VersionProvider());
    }
    for (CommandLine sub : command.subcommands().values()) {
      addStandardOptions(sub.getCommandSpec());
    }
  }

  private static boolean isDebug(ParseResult parsed) {
    for (ParseResult level = parsed; level != null; level = level.subcommand()) {
      if (level.hasMatchedOption(DEBUG_OPTION)) {
        return true;
      }
    }
    return false;
  }

  private static LogLevel logLevel(ParseResult parsed) {
    LogLevel found = null;
    for (ParseResult level = parsed; level != null; level = level.subcommand()) {
      if (level.hasMatchedOption(LOG_LEVEL_OPTION)) {
        found = level.matchedOptionValue(LOG_LEVEL_OPTION, found);
      }
    }
    return found;
  }
}
