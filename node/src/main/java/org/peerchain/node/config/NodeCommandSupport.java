package org.peerchain.node.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/** What {@code peerchain node} and {@code peerchain dev} do alike before starting a node. */
public final class NodeCommandSupport {
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
   * {@code log-level} from the config file or environment: the CLI applies a level given as a
   * flag itself, but a level that came as a default value only reaches the option's field.
   */
  public static void applyLogLevel(CommandSpec spec) {
    OptionSpec option = spec.findOption("--log-level");
    if (option == null || spec.commandLine().getParseResult().hasMatchedOption("--log-level")) {
      return;
    }
    Object value = option.getValue();
    if (value != null && LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
      context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.toLevel(value.toString(), Level.INFO));
    }
  }
}
