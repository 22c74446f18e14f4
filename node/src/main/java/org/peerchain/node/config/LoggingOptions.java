package org.peerchain.node.config;

import ch.qos.logback.classic.Level;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.peerchain.node.logging.LogFormat;
import org.peerchain.node.logging.LogSettings;
import org.peerchain.node.logging.LoggingException;
import picocli.CommandLine.Option;

/**
 * Logging options of {@code peerchain node} and {@code peerchain dev}, beside the root level
 * ({@code --log-level}, which every command takes). Like every option they come from flags, the
 * environment ({@code PEERCHAIN_LOG_LEVELS}) or the config file ({@code log-levels = [...]}).
 */
public final class LoggingOptions {
  static final Set<String> LEVELS = Set.of("OFF", "ERROR", "WARN", "INFO", "DEBUG", "TRACE");
  /** Java names, dotted; {@code $} for nested classes. Anything else is a typo, not a logger. */
  private static final Pattern LOGGER_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");
  static final int MAX_LOGGERS = 100;
  private static final int MAX_NAME = 200;

  @Option(names = "--log-levels", paramLabel = "LOGGER=LEVEL", split = ",",
      description = "Levels of single packages or classes, comma-separated, e.g. org.peerchain.p2p=DEBUG,io.netty=WARN "
          + "(they win over --log-level for their loggers).")
  public List<String> levels = List.of();

  @Option(names = "--logback-config", paramLabel = "FILE",
      description = "A Logback XML file that replaces the built-in logging setup (appenders, encoders, levels); "
          + "--log-level and --log-levels still apply on top of it.")
  public Path logbackConfig;

  @Option(names = "--log-format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, or json: one JSON object per line on stderr, for log shippers (default: ${DEFAULT-VALUE}).")
  public String format;

  /**
   * @param rootLevel the value of {@code --log-level} from wherever it came, if any
   * @throws ConfigException naming the option and the bad value
   */
  public LogSettings toSettings(Optional<String> rootLevel) {
    Optional<Level> root = rootLevel.map(v -> level("--log-level", v));
    Map<String, Level> byLogger = new LinkedHashMap<>();
    for (String item : levels) {
      String entry = item.strip();
      if (entry.isEmpty()) {
        continue;
      }
      int eq = entry.indexOf('=');
      if (eq <= 0 || eq == entry.length() - 1) {
        throw new ConfigException("invalid value for --log-levels: '" + shorten(entry) + "' (LOGGER=LEVEL, e.g. "
            + "org.peerchain.p2p=DEBUG)");
      }
      String name = entry.substring(0, eq).strip();
      if (name.length() > MAX_NAME || !LOGGER_NAME.matcher(name).matches()) {
        throw new ConfigException("invalid value for --log-levels: '" + shorten(name) + "' is not a logger name "
            + "(a package or class, e.g. org.peerchain.p2p)");
      }
      byLogger.put(name, level("--log-levels", entry.substring(eq + 1).strip()));
      if (byLogger.size() > MAX_LOGGERS) {
        throw new ConfigException("invalid value for --log-levels: more than " + MAX_LOGGERS + " loggers");
      }
    }
    LogFormat logFormat = switch (format.strip().toLowerCase(Locale.ROOT)) {
      case "text" -> LogFormat.TEXT;
      case "json" -> LogFormat.JSON;
      default -> throw new ConfigException("invalid value for --log-format: '" + shorten(format) + "' (text or json)");
    };
    try {
      return new LogSettings(root, byLogger, Optional.ofNullable(logbackConfig), logFormat);
    } catch (LoggingException e) {
      throw new ConfigException(e.getMessage());
    }
  }

  private static Level level(String option, String value) {
    String name = value.strip().toUpperCase(Locale.ROOT);
    if (!LEVELS.contains(name)) {
      throw new ConfigException("invalid value for " + option + ": '" + shorten(value) + "' is not a level ("
          + String.join(", ", List.of("OFF", "ERROR", "WARN", "INFO", "DEBUG", "TRACE")) + ")");
    }
    return Level.toLevel(name);
  }

  private static String shorten(String s) {
    return s.length() <= 60 ? s : s.substring(0, 60) + "...";
  }
}
