package org.peerchain.node.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Values of {@code --log-level}; applied to the root logger of Logback. */
enum LogLevel {
  OFF(Level.OFF),
  ERROR(Level.ERROR),
  WARN(Level.WARN),
  INFO(Level.INFO),
  DEBUG(Level.DEBUG),
  TRACE(Level.TRACE);

  private final Level level;

  LogLevel(Level level) {
    this.level = level;
  }

  /** Sets the root logger's level; a no-op when SLF4J is bound to something other than Logback. */
  void applyToRootLogger() {
    ILoggerFactory factory = LoggerFactory.getILoggerFactory();
    if (factory instanceof LoggerContext context) {
      context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(level);
    }
  }
}
