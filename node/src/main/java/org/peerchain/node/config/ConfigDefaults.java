package org.peerchain.node.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Option values that the command line did not give: from a {@code PEERCHAIN_<OPTION>} environment
 * variable ({@code --rpc-port} is {@code PEERCHAIN_RPC_PORT}), else from the config file, else the
 * option's own default. So the precedence is flag, environment, file, default, as in Besu.
 */
public final class ConfigDefaults implements IDefaultValueProvider {
  public static final String ENV_PREFIX = "PEERCHAIN_";
  /** Options that make no sense in a file: they say which file to read, or end the program at once. */
  private static final Set<String> NOT_CONFIGURABLE = Set.of("config", "help", "version");

  private final Optional<Path> path;
  private final Map<String, String> env;
  // Read on first use, and a failure kept: picocli asks for defaults while parsing, where an
  // exception would not reach the one-line error handler; checkKeys reports it from the command.
  private Optional<ConfigFile> file;
  private ConfigException failure;

  public ConfigDefaults(Optional<Path> path, Map<String, String> env) {
    this.path = path;
    this.env = env;
  }

  /** @throws ConfigException when the named file cannot be read or parsed */
  public synchronized Optional<ConfigFile> file() {
    if (failure != null) {
      throw failure;
    }
    if (file == null) {
      try {
        file = path.map(ConfigFile::read);
      } catch (ConfigException e) {
        failure = e;
        throw e;
      }
    }
    return file;
  }

  @Override
  public String defaultValue(ArgSpec arg) {
    if (!(arg instanceof OptionSpec option)) {
      return null;
    }
    String key = key(option);
    if (NOT_CONFIGURABLE.contains(key)) {
      return null;
    }
    String fromEnv = env.get(envName(key));
    if (fromEnv != null) {
      return fromEnv;
    }
    try {
      return file().flatMap(f -> f.get(key)).orElse(null);
    } catch (ConfigException e) {
      return null;
    }
  }

  /**
   * @throws ConfigException when the file could not be read, or naming the first key of the file
   *     that is no option of {@code command}
   */
  public void checkKeys(CommandSpec command) {
    Optional<ConfigFile> file = file();
    if (file.isEmpty()) {
      return;
    }
    Set<String> known = new TreeSet<>();
    for (OptionSpec option : command.options()) {
      known.add(key(option));
    }
    known.removeAll(NOT_CONFIGURABLE);
    for (String key : file.get().keys()) {
      if (!known.contains(key)) {
        throw new ConfigException("config file " + file.get().path() + ": unknown key '" + key + "' (known keys: "
            + String.join(", ", known) + ")");
      }
    }
  }

  /** The option's longest name without its dashes: {@code --rpc-port} is {@code rpc-port}. */
  public static String key(OptionSpec option) {
    String name = option.longestName();
    int start = 0;
    while (start < name.length() && name.charAt(start) == '-') {
      start++;
    }
    return name.substring(start);
  }

  public static String envName(String key) {
    return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('-', '_');
  }
}
