package org.peerchain.node.config;

import ch.qos.logback.classic.LoggerContext;
import java.util.Optional;
import org.peerchain.node.logging.LogSettings;
import org.peerchain.node.logging.LogSetup;
import org.peerchain.node.logging.LoggingException;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** What {@code peerchain node} and {@code peerchain dev} do alike before starting a node. */
public final class NodeCommandSupport {
  private static final String LOG_LEVEL = "--log-level";

  private NodeCommandSupport() {}

  /**
   * Checks the config file's keys against the command's options.
   *
   * @throws ParameterException (exit code 2, one line) naming the file and the key
   */
  public static void checkConfig(CommandSpec spec) {
    IDefaultValueProvider provider = spec.defaultValueProvider();
    if (provider instanceof ConfigDefaults defaults) {
      try {
        defaults.checkKeys(spec);
      } catch (ConfigException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
    }
  }

  /** A bad value found after parsing is still a usage error: exit code 2 and the option named. */
  public static ParameterException usageError(CommandSpec spec, ConfigException e) {
    return new ParameterException(spec.commandLine(), e.getMessage());
  }

  /**
   * Sets up logging before the node starts: {@code --log-level} (from the flag, the environment or
   * the config file), {@code --log-levels}, {@code --logback-config} and {@code --log-format}.
   * picocli gives inherited options such as {@code --log-level} no default values in a subcommand,
   * so a level from the environment or the file is looked up here.
   *
   * @throws ParameterException (exit code 2, one line) for a bad value or an unusable Logback file
   */
  public static void applyLogging(CommandSpec spec, LoggingOptions options) {
    LogSettings settings;
    try {
      settings = options.toSettings(logLevel(spec));
      if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
        LogSetup.apply(context, settings);
      }
    } catch (ConfigException | LoggingException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  static Optional<String> logLevel(CommandSpec spec) {
    OptionSpec option = spec.findOption(LOG_LEVEL);
    if (option == null) {
      return Optional.empty();
    }
    // A flag, on the root command or on this one; the last one given wins.
    Object flag = null;
    for (ParseResult level = spec.root().commandLine().getParseResult(); level != null; level = level.subcommand()) {
      if (level.hasMatchedOption(LOG_LEVEL)) {
        flag = level.matchedOptionValue(LOG_LEVEL, flag);
      }
    }
    if (flag != null) {
      return Optional.of(flag.toString());
    }
    IDefaultValueProvider provider = spec.defaultValueProvider();
    if (provider == null) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(provider.defaultValue(option));
    } catch (Exception e) {
      throw new ConfigException("cannot read log-level: " + e.getMessage());
    }
  }
}
