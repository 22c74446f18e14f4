package org.peerchain.testnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerchain.testnet.TestnetIT.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.peerchain.testnet.layout.PortCheck;
import org.peerchain.testnet.manifest.ManifestStore;

/**
 * A long seeded chaos run mixing link and process faults, then every named scenario, on four
 * validators behind the link proxy. Only with {@code -Pchaos-long} (about 6 minutes); the seed and
 * length come from {@code chaos.seed} and {@code chaos.seconds}.
 */
class LinkChaosLongIT {
  @TempDir Path tmp;
  Path dir;

  @AfterEach
  void down() {
    if (dir != null && ManifestStore.exists(dir)) {
      cli("testnet", "down", "--dir", dir.toString());
    }
  }

  @Test
  void aSeededMixAndEveryScenarioHoldTheInvariants() throws Exception {
    Assumptions.assumeTrue(Boolean.getBoolean("chaos.long"), "run with -Pchaos-long");
    dir = tmp.resolve("net");
    TestnetIT.Run up = cli("testnet", "up", "--validators", "4", "--link-faults", "--dir", dir.toString(),
        "--base-port", Integer.toString(TestnetIT.freeBasePort(4)), "--block-period", "250", "--empty-block-period", "1000",
        "--heap", "256", "--seed", "23", "--timeout", "120", "--warmup", "0");
    assertThat(up.code()).as(up.out() + up.err()).isZero();

    TestnetIT.Run mix = cli("testnet", "chaos", "--dir", dir.toString(), "--seed", System.getProperty("chaos.seed", "7"),
        "--duration", System.getProperty("chaos.seconds", "180"), "--tps", "10", "--settle-timeout", "90");
    System.out.println(mix.out());
    assertThat(mix.code()).as(mix.out() + mix.err()).isZero();
    assertThat(mix.out()).contains("all invariants hold");

    TestnetIT.Run scenarios = cli("testnet", "chaos", "--dir", dir.toString(), "--scenario",
        "isolated-proposer,minority-split,halves,one-way,latency,one-third-down,rejoin-after-more-than-third-down",
        "--fault-duration", "10", "--heal-time", "15", "--tps", "5", "--settle-timeout", "90");
    System.out.println(scenarios.out());
    assertThat(scenarios.code()).as(scenarios.out() + scenarios.err()).isZero();
  }
}
