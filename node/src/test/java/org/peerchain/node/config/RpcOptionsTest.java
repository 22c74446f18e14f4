package org.peerchain.node.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.peerchain.rpc.methods.Namespace;
import org.peerchain.rpc.methods.TxSyncSettings;
import org.peerchain.rpc.server.RpcConfig;
import picocli.CommandLine;

class RpcOptionsTest {
  private static RpcOptions parse(String... args) {
    RpcOptions options = new RpcOptions();
    new CommandLine(options).parseArgs(args);
    options.validate();
    return options;
  }

  @Test
  void otterscansNamespaceIsOnInDevModeAndOnRequestOnANode() {
    assertThat(parse().toConfig(true).namespaces()).contains(Namespace.OTS, Namespace.DEV);
    assertThat(parse().toConfig(false).namespaces()).doesNotContain(Namespace.OTS);
    assertThat(parse("--rpc-api", "eth,ots").toConfig(false).namespaces()).containsExactlyInAnyOrder(Namespace.ETH, Namespace.OTS);
  }

  @Test
  void txSyncTimeoutsDefaultToGethsAndKeepTheDerivedShareOfWaiters() {
    RpcConfig config = parse().toConfig(false);

    assertThat(config.txSync().defaultTimeout()).isEqualTo(TxSyncSettings.DEFAULT_TIMEOUT);
    assertThat(config.txSync().maxTimeout()).isEqualTo(TxSyncSettings.DEFAULT_MAX_TIMEOUT);
    assertThat(config.txSync().maxWaiting()).isEqualTo(TxSyncSettings.forThreads(config.maxThreads()).maxWaiting());
  }

  @Test
  void txSyncTimeoutsAreSetInMilliseconds() {
    RpcConfig config = parse("--rpc-txsync-timeout", "500", "--rpc-txsync-max-timeout", "4000").toConfig(false);

    assertThat(config.txSync().defaultTimeout()).isEqualTo(Duration.ofMillis(500));
    assertThat(config.txSync().maxTimeout()).isEqualTo(Duration.ofSeconds(4));
  }

  @Test
  void aMaximumBelowTheDefaultIsRefusedNamingBoth() {
    assertThatThrownBy(() -> parse("--rpc-txsync-timeout", "5000", "--rpc-txsync-max-timeout", "1000"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("--rpc-txsync-max-timeout").hasMessageContaining("--rpc-txsync-timeout");
    assertThatThrownBy(() -> parse("--rpc-txsync-timeout", "0"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("--rpc-txsync-timeout");
  }

  @Test
  void theExplorerIsOnUnlessSwitchedOff() {
    assertThat(parse().toConfig(false).explorer()).isTrue();
    assertThat(parse("--rpc-explorer").toConfig(false).explorer()).isTrue();
    assertThat(parse("--rpc-explorer=false").toConfig(false).explorer()).isFalse();
    assertThat(parse("--rpc-explorer", "false").toConfig(false).explorer()).isFalse();
    RpcOptions fromEnv = new RpcOptions();
    new CommandLine(fromEnv).setDefaultValueProvider(
        new ConfigDefaults(Optional.empty(), Map.of("PEERCHAIN_RPC_EXPLORER", "false"))).parseArgs();
    assertThat(fromEnv.toConfig(false).explorer()).isFalse();
  }
}
