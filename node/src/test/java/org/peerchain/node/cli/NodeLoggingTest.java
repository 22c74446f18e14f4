package org.peerchain.node.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerchain.node.logging.LogSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logging options of {@code peerchain node} from flags, environment and config file. Each run stops
 * at the missing genesis file (exit 1), after logging is set up and before any node starts.
 */
class NodeLoggingTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  @TempDir Path dir;

  @AfterEach
  void restoreBuiltInLogging() throws Exception {
    LoggerContext context = context();
    context.reset();
    new ContextInitializer(context).autoConfig();
  }

  @Test
  void levelFromTheEnvironment() {
    assertThat(node(Map.of("PEERCHAIN_LOG_LEVEL", "DEBUG"))).isEqualTo(1);
    assertThat(level(Logger.ROOT_LOGGER_NAME)).isEqualTo(Level.DEBUG);
  }

  @Test
  void levelsFromTheConfigFile() throws Exception {
    Path config = dir.resolve("node.toml");
    Files.writeString(config, "log-level = \"DEBUG\"\nlog-levels = [\"org.peerchain.p2p=TRACE\", \"io.netty=ERROR\"]\n");
    assertThat(node(Map.of(), "--config", config.toString())).isEqualTo(1);
    assertThat(level(Logger.ROOT_LOGGER_NAME)).isEqualTo(Level.DEBUG);
    assertThat(level("org.peerchain.p2p")).isEqualTo(Level.TRACE);
    assertThat(level("io.netty")).isEqualTo(Level.ERROR);
  }

  @Test
  void flagWinsOverEnvironmentWhichWinsOverFile() throws Exception {
    Path config = dir.resolve("node.toml");
    Files.writeString(config, "log-level = \"TRACE\"\nlog-levels = \"org.peerchain.rpc=TRACE\"\n");
    assertThat(node(Map.of("PEERCHAIN_LOG_LEVEL", "DEBUG", "PEERCHAIN_LOG_LEVELS", "org.peerchain.rpc=WARN"),
        "--config", config.toString())).isEqualTo(1);
    assertThat(level(Logger.ROOT_LOGGER_NAME)).isEqualTo(Level.DEBUG);
    assertThat(level("org.peerchain.rpc")).isEqualTo(Level.WARN);

    assertThat(node(Map.of("PEERCHAIN_LOG_LEVEL", "DEBUG"), "--log-level", "ERROR")).isEqualTo(1);
    assertThat(level(Logger.ROOT_LOGGER_NAME)).isEqualTo(Level.ERROR);
    assertThat(run(Map.of("PEERCHAIN_LOG_LEVEL", "DEBUG"), "--log-level", "WARN", "node", "--data-dir",
        dir.resolve("data").toString(), "--genesis", dir.resolve("missing.json").toString())).isEqualTo(1);
    assertThat(level(Logger.ROOT_LOGGER_NAME)).isEqualTo(Level.WARN);
  }

  @Test
  void badValuesAreUsageErrorsNamingTheOption() {
    assertThat(node(Map.of("PEERCHAIN_LOG_LEVEL", "loud"))).isEqualTo(2);
    assertThat(firstErrorLine()).isEqualTo("peerchain: invalid value for --log-level: 'loud' is not a level "
        + "(OFF, ERROR, WARN, INFO, DEBUG, TRACE)");
    assertThat(node(Map.of(), "--log-levels", "org.peerchain.p2p")).isEqualTo(2);
    assertThat(firstErrorLine()).startsWith("peerchain: invalid value for --log-levels: 'org.peerchain.p2p' (LOGGER=LEVEL");
    assertThat(node(Map.of(), "--log-levels", "org peerchain=DEBUG")).isEqualTo(2);
    assertThat(firstErrorLine()).contains("is not a logger name");
    assertThat(node(Map.of(), "--log-levels", "org.peerchain=CHATTY")).isEqualTo(2);
    assertThat(firstErrorLine()).contains("--log-levels: 'CHATTY' is not a level");
    assertThat(node(Map.of("PEERCHAIN_LOG_FORMAT", "xml"))).isEqualTo(2);
    assertThat(firstErrorLine()).isEqualTo("peerchain: invalid value for --log-format: 'xml' (text or json)");
  }

  @Test
  void jsonFormatReplacesTheConsoleAppender() {
    assertThat(node(Map.of(), "--log-format", "json")).isEqualTo(1);
    ch.qos.logback.classic.Logger root = context().getLogger(Logger.ROOT_LOGGER_NAME);
    assertThat(root.getAppender(LogSetup.JSON_APPENDER)).isNotNull();
    List<String> appenders = new ArrayList<>();
    root.iteratorForAppenders().forEachRemaining(a -> appenders.add(a.getName()));
    assertThat(appenders).containsExactly(LogSetup.JSON_APPENDER);
  }

  @Test
  void logbackFileTakesOverAndLevelFlagsStillApply() throws Exception {
    Path logFile = dir.resolve("node.log");
    Path xml = dir.resolve("logback.xml");
    Files.writeString(xml, """
        <configuration>
          <appender name="FILE" class="ch.qos.logback.core.FileAppender">
            <file>%s</file>
            <encoder><pattern>%%level %%logger %%msg%%n</pattern></encoder>
          </appender>
          <logger name="org.peerchain.test" level="INFO"/>
          <root level="WARN"><appender-ref ref="FILE"/></root>
        </configuration>
        """.formatted(logFile));
    assertThat(node(Map.of(), "--logback-config", xml.toString(), "--log-levels", "org.peerchain.test=DEBUG"))
        .isEqualTo(1);
    assertThat(level(Logger.ROOT_LOGGER_NAME)).isEqualTo(Level.WARN);
    assertThat(level("org.peerchain.test")).isEqualTo(Level.DEBUG);
    LoggerFactory.getLogger("org.peerchain.test").debug("written through the operator's appender");
    assertThat(Files.readString(logFile)).contains("DEBUG org.peerchain.test written through the operator's appender");
  }

  @Test
  void unusableLogbackFileIsAUsageErrorAndTheBuiltInSetupStays() throws Exception {
    Path xml = dir.resolve("broken.xml");
    Files.writeString(xml, "<configuration><appender name=\"X\" class=\"no.such.Appender\"/>");
    assertThat(node(Map.of(), "--logback-config", xml.toString())).isEqualTo(2);
    assertThat(firstErrorLine()).startsWith("peerchain: --logback-config: " + xml + " is not a usable Logback configuration");
    assertThat(context().getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isTrue();

    assertThat(node(Map.of(), "--logback-config", dir.resolve("absent.xml").toString())).isEqualTo(2);
    assertThat(firstErrorLine()).endsWith("absent.xml is not a file");
  }

  @Test
  void jsonFormatWithALogbackFileIsRefused() throws Exception {
    Path xml = dir.resolve("logback.xml");
    Files.writeString(xml, "<configuration/>");
    assertThat(node(Map.of(), "--logback-config", xml.toString(), "--log-format", "json")).isEqualTo(2);
    assertThat(firstErrorLine()).contains("--log-format json cannot be combined with --logback-config");
  }

  @Test
  void devTakesTheSameOptions() {
    assertThat(run(Map.of(), "dev", "--help")).isZero();
    assertThat(out.toString()).contains("--log-levels", "--logback-config", "--log-format");
  }

  private int node(Map<String, String> env, String... extra) {
    List<String> args = new ArrayList<>(List.of("node", "--data-dir", dir.resolve("data").toString(), "--genesis",
        dir.resolve("missing.json").toString()));
    args.addAll(List.of(extra));
    return run(env, args.toArray(String[]::new));
  }

  private int run(Map<String, String> env, String... args) {
    err.getBuffer().setLength(0);
    return PeerchainCli.run(args, new PrintWriter(out), new PrintWriter(err), env);
  }

  private String firstErrorLine() {
    return err.toString().lines().findFirst().orElse("");
  }

  private static Level level(String logger) {
    return context().getLogger(logger).getLevel();
  }

  private static LoggerContext context() {
    return (LoggerContext) LoggerFactory.getILoggerFactory();
  }
}
