package org.peerchain.node.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

class ConfigDefaultsTest {
  @Command(name = "sample")
  static final class Sample {
    @Option(names = "--config") Path config;
    @Option(names = "--rpc-port", defaultValue = "8545") int rpcPort;
    @Option(names = "--rpc-host", defaultValue = "127.0.0.1") String rpcHost;
    @Option(names = "--metrics-port") Integer metricsPort;
    @Option(names = "--allow", defaultValue = "false", fallbackValue = "true", arity = "0..1") boolean allow;
    @Option(names = "--origins", split = ",") List<String> origins = List.of();
  }

  @TempDir Path dir;

  private Sample parse(String toml, Map<String, String> env, String... args) throws Exception {
    Path file = dir.resolve("node.toml");
    Files.writeString(file, toml);
    ConfigDefaults defaults = new ConfigDefaults(Optional.of(file), env);
    Sample sample = new Sample();
    CommandLine cli = new CommandLine(sample).setDefaultValueProvider(defaults);
    cli.parseArgs(args);
    defaults.checkKeys(cli.getCommandSpec());
    return sample;
  }

  @Test
  void flagBeatsEnvironmentBeatsFileBeatsDefault() throws Exception {
    String toml = "rpc-port = 9000\nrpc-host = \"0.0.0.0\"\nmetrics-port = 9100\n";
    Sample fromFile = parse(toml, Map.of());
    assertThat(fromFile.rpcPort).isEqualTo(9000);
    assertThat(fromFile.rpcHost).isEqualTo("0.0.0.0");
    assertThat(fromFile.metricsPort).isEqualTo(9100);

    Sample fromEnv = parse(toml, Map.of("PEERCHAIN_RPC_PORT", "9001"));
    assertThat(fromEnv.rpcPort).isEqualTo(9001);

    Sample fromFlag = parse(toml, Map.of("PEERCHAIN_RPC_PORT", "9001"), "--rpc-port", "9002");
    assertThat(fromFlag.rpcPort).isEqualTo(9002);

    Sample defaults = parse("", Map.of());
    assertThat(defaults.rpcPort).isEqualTo(8545);
    assertThat(defaults.metricsPort).isNull();
  }

  @Test
  void booleansAndListsComeFromTomlTypes() throws Exception {
    Sample sample = parse("allow = true\norigins = [\"http://a\", \"http://b\"]\n", Map.of());
    assertThat(sample.allow).isTrue();
    assertThat(sample.origins).containsExactly("http://a", "http://b");
  }

  @Test
  void unknownKeyIsNamed() {
    assertThatThrownBy(() -> parse("rpc-prot = 1\n", Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("unknown key 'rpc-prot'")
        .hasMessageContaining("rpc-port");
  }

  @Test
  void invalidValueNamesTheOption() {
    assertThatThrownBy(() -> parse("rpc-port = \"eighty\"\n", Map.of()))
        .isInstanceOf(CommandLine.ParameterException.class)
        .hasMessageContaining("--rpc-port")
        .hasMessageContaining("eighty");
  }

  @Test
  void configKeyItselfIsNotAConfigurableKey() {
    assertThatThrownBy(() -> parse("config = \"other.toml\"\n", Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("unknown key 'config'");
  }

  @Test
  void brokenTomlIsReportedWithTheFile() {
    assertThatThrownBy(() -> parse("rpc-port = = 3\n", Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("node.toml")
        .hasMessageContaining("not valid TOML");
  }

  @Test
  void tablesAreRefused() {
    assertThatThrownBy(() -> parse("[rpc]\nport = 1\n", Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("key 'rpc' is a table");
  }

  @Test
  void missingFileIsReported() {
    ConfigDefaults defaults = new ConfigDefaults(Optional.of(dir.resolve("absent.toml")), Map.of());
    CommandLine cli = new CommandLine(new Sample()).setDefaultValueProvider(defaults);
    cli.parseArgs();
    assertThatThrownBy(() -> defaults.checkKeys(cli.getCommandSpec()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("absent.toml does not exist");
  }

  @Test
  void configPathFromFlagOrEnvironment() {
    assertThat(ConfigArguments.configPath(new String[] {"node", "--config", "a.toml"}, Map.of()))
        .contains(Path.of("a.toml"));
    assertThat(ConfigArguments.configPath(new String[] {"node", "--config=b.toml"}, Map.of()))
        .contains(Path.of("b.toml"));
    assertThat(ConfigArguments.configPath(new String[] {"node"}, Map.of("PEERCHAIN_CONFIG", "c.toml")))
        .contains(Path.of("c.toml"));
    assertThat(ConfigArguments.configPath(new String[] {"node", "--", "--config", "x"}, Map.of())).isEmpty();
  }
}
