package org.peerchain.rpc.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.peerchain.rpc.methods.Namespace;
import org.peerchain.rpc.methods.TxSyncSettings;

class RpcConfigTest {
  @Test
  void defaultsAreGeths() {
    RpcConfig c = RpcConfig.defaults();
    assertThat(c.host()).isEqualTo("127.0.0.1");
    assertThat(c.port()).isEqualTo(8545);
    assertThat(c.batchLimit()).isEqualTo(1000);
    assertThat(c.maxBodyBytes()).isEqualTo(5 * 1024 * 1024);
    assertThat(c.hostAllowlist()).containsExactly("localhost", "127.0.0.1");
    assertThat(c.corsOrigins()).isEmpty();
    assertThat(c.namespaces()).isEqualTo(EnumSet.allOf(Namespace.class));
    assertThat(c.toBuilder().build()).isEqualTo(c);
  }

  @Test
  void refusesNonsense() {
    assertThatThrownBy(() -> RpcConfig.builder().port(70000).build()).hasMessageContaining("port");
    assertThatThrownBy(() -> RpcConfig.builder().batchLimit(0).build()).hasMessageContaining("batchLimit");
    assertThatThrownBy(() -> RpcConfig.builder().maxBodyBytes(-1).build()).hasMessageContaining("maxBodyBytes");
    assertThatThrownBy(() -> RpcConfig.builder().maxThreads(2).build()).hasMessageContaining("maxThreads");
  }

  @Test
  void txSyncWaitersAreAShareOfTheWorkerThreadsThatFollowsThem() {
    RpcConfig c = RpcConfig.builder().maxThreads(64).build();
    assertThat(c.txSync()).isEqualTo(TxSyncSettings.forThreads(64));
    assertThat(c.txSync().maxWaiting()).isEqualTo(16);
    // Rebuilt with fewer threads, the derived share shrinks with them instead of failing.
    assertThat(c.toBuilder().maxThreads(8).build().txSync().maxWaiting()).isEqualTo(2);
    assertThatThrownBy(() -> RpcConfig.builder().maxThreads(8)
        .txSync(new TxSyncSettings(Duration.ofSeconds(1), Duration.ofSeconds(1), 5)).build())
        .hasMessageContaining("txSync.maxWaiting 5 exceeds half of maxThreads (8)");
  }

  @Test
  void namespacesParse() {
    assertThat(Namespace.parse("txpool")).isEqualTo(Namespace.TXPOOL);
    assertThat(Namespace.of("peerchain_nodeInfo")).isEqualTo(Namespace.PEERCHAIN);
    assertThatThrownBy(() -> Namespace.parse("admin")).hasMessageContaining("unknown RPC namespace 'admin'");
  }
}
