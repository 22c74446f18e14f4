package org.peerchain.node.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Finds {@code --config FILE} before picocli parses the command line, since the file supplies the
 * defaults that parsing applies. {@code PEERCHAIN_CONFIG} names a file too; the flag wins.
 */
public final class ConfigArguments {
  public static final String OPTION = "--config";

  private ConfigArguments() {}

  public static Optional<Path> configPath(String[] args, Map<String, String> env) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--")) {
        break;
      }
      if (arg.equals(OPTION) && i + 1 < args.length) {
        return Optional.of(Path.of(args[i + 1]));
      }
      if (arg.startsWith(OPTION + "=")) {
        return Optional.of(Path.of(arg.substring(OPTION.length() + 1)));
      }
    }
    String fromEnv = env.get(ConfigDefaults.envName("config"));
    return fromEnv == null || fromEnv.isBlank() ? Optional.empty() : Optional.of(Path.of(fromEnv));
  }

  /** The defaults for a node command: the config file, if one is named, and the environment. */
  public static ConfigDefaults defaults(String[] args, Map<String, String> env) {
    return new ConfigDefaults(configPath(args, env), env);
  }
}
