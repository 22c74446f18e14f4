package org.peerchain.node.logging;

import ch.qos.logback.classic.Level;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the operator asked of logging.
 *
 * @param rootLevel the root logger's level; empty keeps the configuration's
 * @param levels levels of single loggers or packages by name, applied after the root level
 * @param logbackConfig a Logback XML file that replaces the built-in configuration
 * @param format text, or JSON lines (only with the built-in configuration)
 */
public record LogSettings(Optional<Level> rootLevel, Map<String, Level> levels, Optional<Path> logbackConfig,
    LogFormat format) {
  public static final LogSettings DEFAULT = new LogSettings(Optional.empty(), Map.of(), Optional.empty(), LogFormat.TEXT);

  public LogSettings {
    Objects.requireNonNull(rootLevel, "rootLevel");
    levels = Map.copyOf(levels);
    Objects.requireNonNull(logbackConfig, "logbackConfig");
    Objects.requireNonNull(format, "format");
    if (logbackConfig.isPresent() && format != LogFormat.TEXT) {
      // The file names its own encoders; a second place deciding the format would silently lose to one of them.
      throw new LoggingException("--log-format json cannot be combined with --logback-config; set an encoder in "
          + logbackConfig.get() + " (ch.qos.logback.classic.encoder.JsonEncoder) instead");
    }
  }
}
