package org.peerchain.node.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusUtil;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.slf4j.Logger;

/**
 * Applies {@link LogSettings} to a Logback context, in this order: the operator's Logback file
 * (replacing the built-in one), the JSON encoder, the root level, then each named logger's level,
 * so a flag always has the last word over a file.
 */
public final class LogSetup {
  /** The console appender of the JSON format, by name, so tests and a later setup can find it. */
  public static final String JSON_APPENDER = "JSON";
  /** A Logback file larger than this is not a configuration but a mistake (or an attack on the parser). */
  static final long MAX_CONFIG_BYTES = 1 << 20;

  private LogSetup() {}

  /** @throws LoggingException naming the file or option when the setup cannot be made */
  public static void apply(LoggerContext context, LogSettings settings) {
    settings.logbackConfig().ifPresent(file -> configure(context, file));
    if (settings.format() == LogFormat.JSON) {
      useJson(context);
    }
    settings.rootLevel().ifPresent(level -> context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(level));
    for (Map.Entry<String, Level> entry : settings.levels().entrySet()) {
      context.getLogger(entry.getKey()).setLevel(entry.getValue());
    }
  }

  private static void configure(LoggerContext context, Path file) {
    try {
      if (!Files.isRegularFile(file)) {
        throw new LoggingException("--logback-config: " + file + " is not a file");
      }
      if (Files.size(file) > MAX_CONFIG_BYTES) {
        throw new LoggingException("--logback-config: " + file + " is larger than " + MAX_CONFIG_BYTES + " bytes");
      }
    } catch (IOException e) {
      throw new LoggingException("--logback-config: cannot read " + file + ": " + e.getMessage(), e);
    }
    long start = System.currentTimeMillis();
    context.reset();
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    String failure = null;
    try {
      configurator.doConfigure(file.toFile());
    } catch (JoranException e) {
      failure = e.getMessage();
    }
    StatusUtil status = new StatusUtil(context);
    if (failure == null && status.getHighestLevel(start) >= Status.ERROR) {
      failure = firstError(context, start);
    }
    if (failure != null) {
      // Back to the built-in setup, so the error that follows is still logged somewhere.
      context.reset();
      try {
        new ContextInitializer(context).autoConfig();
      } catch (JoranException ignored) {
        // The built-in file is on the class path; if even it fails, there is nothing better to fall back to.
      }
      throw new LoggingException("--logback-config: " + file + " is not a usable Logback configuration: " + failure);
    }
  }

  private static String firstError(LoggerContext context, long since) {
    for (Status s : context.getStatusManager().getCopyOfStatusList()) {
      if (s.getLevel() == Status.ERROR && s.getTimestamp() >= since) {
        return s.getMessage();
      }
    }
    return "errors while reading it";
  }

  private static void useJson(LoggerContext context) {
    ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    JsonEncoder encoder = new JsonEncoder();
    encoder.setContext(context);
    // A shipper wants the line as a reader sees it, not the pattern and its arguments apart, nor
    // Logback's context properties repeated on every line.
    encoder.setWithFormattedMessage(true);
    encoder.setWithMessage(false);
    encoder.setWithArguments(false);
    encoder.setWithContext(false);
    encoder.setWithSequenceNumber(false);
    encoder.start();
    ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
    appender.setContext(context);
    appender.setName(JSON_APPENDER);
    // stderr, as the text format: stdout carries command output that scripts read.
    appender.setTarget("System.err");
    appender.setEncoder(encoder);
    appender.start();
    root.detachAndStopAllAppenders();
    root.addAppender(appender);
  }
}
