package org.peerchain.node.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.peerchain.node.Version;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine;

class PeerchainCliTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @AfterEach
  void restoreLogLevel() {
    rootLogger().setLevel(Level.INFO);
  }

  @Test
  void helpListsTheSubcommands() {
    assertThat(run("--help")).isZero();

    assertThat(out.toString())
        .startsWith("Usage: peerchain")
        .contains("Commands:")
        .containsPattern("(?m)^  dev\\s")
        .containsPattern("(?m)^  keys\\s")
        .contains("--log-level", "--debug", "--version");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void noArgumentsShowsTheHelp() {
    assertThat(run()).isZero();

    assertThat(out.toString()).startsWith("Usage: peerchain").contains("keys");
  }

  @Test
  void versionPrintsTheProjectVersion() {
    assertThat(run("--version")).isZero();

    String expected = System.getProperty("peerchain.version");
    assertThat(expected).as("surefire passes the project version").isNotBlank();
    assertThat(out.toString()).startsWith("peerchain " + expected + System.lineSeparator());
    assertThat(Version.current()).isEqualTo(expected);
  }

  @Test
  void unknownOptionIsOneLineAndExitCode2() {
    assertThat(run("--nosuch")).isEqualTo(2);

    assertThat(out.toString()).isEmpty();
    assertThat(errLines())
        .containsExactly("peerchain: unknown option '--nosuch'", "Try 'peerchain --help' for more information.");
  }

  @Test
  void unprotectedTransactionsHaveNoOptionSinceTheLedgerRefusesThemFromEveryone() {
    assertThat(run("node", "--data-dir", "unused", "--genesis", "unused.json", "--rpc-allow-unprotected-txs")).isEqualTo(2);
    assertThat(errLines().get(0)).startsWith("peerchain: unknown option '--rpc-allow-unprotected-txs'");
  }

  @Test
  void unknownCommandIsOneLineAndExitCode2() {
    assertThat(run("zzzq")).isEqualTo(2);

    assertThat(errLines())
        .containsExactly("peerchain: unknown command 'zzzq'", "Try 'peerchain --help' for more information.");
  }

  @Test
  void errorInASubcommandPointsAtThatSubcommandsHelp() {
    assertThat(run("keys", "--nosuch")).isEqualTo(2);

    assertThat(errLines())
        .containsExactly("peerchain: unknown option '--nosuch'", "Try 'peerchain keys --help' for more information.");
  }

  @Test
  void missingParameterIsOneLineAndExitCode2() {
    assertThat(run("--log-level")).isEqualTo(2);

    assertThat(errLines()).hasSize(2);
    assertThat(errLines().get(0)).startsWith("peerchain: missing required parameter").contains("--log-level");
  }

  @Test
  void badValueIsOneLineAndExitCode2() {
    assertThat(run("dev", "--log-level", "loud")).isEqualTo(2);

    assertThat(errLines()).hasSize(2);
    assertThat(errLines().get(0)).startsWith("peerchain: invalid value for option '--log-level'").contains("'loud'");
    assertThat(errLines().get(1)).isEqualTo("Try 'peerchain dev --help' for more information.");
  }

  @Test
  void failingCommandPrintsItsMessageWithoutStackTraceAndExits1() {
    assertThat(run("hello", "--fail", "disk full")).isEqualTo(1);

    assertThat(errLines()).containsExactly("peerchain: disk full");
  }

  @Test
  void failureWithoutMessageNamesTheException() {
    assertThat(run("hello", "--crash")).isEqualTo(1);

    assertThat(errLines())
        .containsExactly("peerchain: internal error: UnsupportedOperationException (run with --debug for details)");
  }

  @Test
  void debugOptionPrintsTheStackTrace() {
    assertThat(run("hello", "--debug", "--fail", "disk full")).isEqualTo(1);

    assertThat(errLines().get(0)).isEqualTo("peerchain: disk full");
    assertThat(err.toString()).contains("java.lang.IllegalStateException: disk full", "\tat ");
  }

  @Test
  void debugEnvironmentVariablePrintsTheStackTrace() {
    int exitCode = PeerchainCli.run(
        new String[] {"hello", "--fail", "disk full"}, new PrintWriter(out), new PrintWriter(err),
        Map.of("PEERCHAIN_DEBUG", "1"));

    assertThat(exitCode).isEqualTo(1);
    assertThat(err.toString()).contains("java.lang.IllegalStateException: disk full", "\tat ");
  }

  @Test
  void extensionFromServiceLoaderIsASubcommand() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).containsPattern("(?m)^  hello\\s");

    out.getBuffer().setLength(0);
    assertThat(run("hello")).isZero();
    assertThat(out.toString()).isEqualTo("hello" + System.lineSeparator());
  }

  @Test
  void everyCommandHasHelpVersionAndTheInheritedOptions() {
    CommandLine cli = PeerchainCli.commandLine(new PrintWriter(err));

    List<CommandSpec> commands = new ArrayList<>();
    collect(cli.getCommandSpec(), commands);
    assertThat(commands).extracting(CommandSpec::name).contains("peerchain", "dev", "keys", "hello");
    for (CommandSpec command : commands) {
      assertThat(command.findOption("--help")).as(command.qualifiedName()).isNotNull();
      assertThat(command.findOption("--version")).as(command.qualifiedName()).isNotNull();
      assertThat(command.findOption("--log-level")).as(command.qualifiedName()).isNotNull();
      assertThat(command.findOption("--debug")).as(command.qualifiedName()).isNotNull();
    }
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void subcommandVersionPrintsTheProjectVersion() {
    assertThat(run("hello", "--version")).isZero();

    assertThat(out.toString()).startsWith("peerchain " + Version.current());
  }

  @Test
  void logLevelSetsTheRootLogger() {
    assertThat(run("hello", "--log-level", "WARN")).isZero();
    assertThat(rootLogger().getLevel()).isEqualTo(Level.WARN);

    assertThat(run("--log-level", "debug", "hello")).isZero();
    assertThat(rootLogger().getLevel()).isEqualTo(Level.DEBUG);
  }

  @Test
  void devAndNodeHelpDocumentEveryOption() {
    assertThat(run("dev", "--help")).isZero();
    assertThat(out.toString()).contains("--data-dir", "--chain-id", "--accounts", "--balance", "--block-period",
        "--rpc-port", "--rpc-host", "--metrics-port", "--config", "--txpool-max-pending", "--block-time",
        "--no-mining", "--state", "--load-state", "--dump-state", "--gas-limit");
    out.getBuffer().setLength(0);
    assertThat(run("node", "--help")).isZero();
    assertThat(out.toString()).contains("--genesis", "--data-dir", "--validator-key", "--pruning", "--rpc-port",
        "--rpc-batch-limit", "--rpc-cors-origins", "--rpc-host-allowlist", "--metrics-port", "--config");
  }

  @Test
  void devMiningAndStateOptionsAreCheckedBeforeAnythingStarts() {
    assertThat(run("dev", "--block-time", "0")).isEqualTo(2);
    assertThat(errLines().get(0)).startsWith("peerchain: invalid value for --block-time: 0");
    err.getBuffer().setLength(0);
    assertThat(run("dev", "--block-time", "0.0001")).isEqualTo(2);
    assertThat(errLines().get(0)).contains("whole milliseconds");
    err.getBuffer().setLength(0);
    assertThat(run("dev", "--block-time", "2", "--no-mining")).isEqualTo(2);
    assertThat(errLines().get(0)).contains("--block-time and --no-mining exclude each other");
    err.getBuffer().setLength(0);
    assertThat(run("dev", "--state", "a.json", "--dump-state", "b.json")).isEqualTo(2);
    assertThat(errLines().get(0)).contains("--state is --load-state and --dump-state of one file");    err.getBuffer().setLength(0);
    assertThat(run("dev", "--gas-limit", "20999")).isEqualTo(2);
    assertThat(errLines().get(0)).contains("invalid value for --gas-limit: 20999 (at least 21000)");
  }

  @Test
  void nodeWithoutGenesisIsAUsageError() {
    assertThat(run("node", "--data-dir", "x")).isEqualTo(2);
    assertThat(errLines().get(0)).startsWith("peerchain: missing required option").contains("--genesis");
  }

  @Test
  void unknownConfigKeyIsNamedWithExitCode2(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path config = dir.resolve("dev.toml");
    java.nio.file.Files.writeString(config, "rpc-prot = 9000\n");
    assertThat(run("dev", "--config", config.toString())).isEqualTo(2);
    assertThat(errLines().get(0)).startsWith("peerchain: config file ").contains("unknown key 'rpc-prot'");
  }

  @Test
  void badOptionValuesAreUsageErrors() {
    assertThat(run("dev", "--rpc-port", "70000")).isEqualTo(2);
    assertThat(errLines().get(0)).isEqualTo("peerchain: invalid value for --rpc-port: 70000 is not a TCP port (0-65535)");
    err.getBuffer().setLength(0);
    assertThat(run("dev", "--accounts", "many")).isEqualTo(2);
    assertThat(errLines().get(0)).contains("--accounts").contains("many");
    err.getBuffer().setLength(0);
    assertThat(run("node", "--data-dir", "x", "--genesis", "g.json", "--pruning", "12")).isEqualTo(2);
    assertThat(errLines().get(0)).contains("--pruning").contains("at least 128");
  }

  @Test
  void keysWithoutSubcommandShowsItsHelp() {
    assertThat(run("keys")).isZero();

    assertThat(out.toString()).startsWith("Usage: peerchain keys");
  }

  private int run(String... args) {
    return PeerchainCli.run(args, new PrintWriter(out), new PrintWriter(err), Map.of());
  }

  private List<String> errLines() {
    return err.toString().lines().toList();
  }

  private static void collect(CommandSpec command, List<CommandSpec> into) {
    into.add(command);
    command.subcommands().values().forEach(sub -> collect(sub.getCommandSpec(), into));
  }

  private static ch.qos.logback.classic.Logger rootLogger() {
    return ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);
  }
}
