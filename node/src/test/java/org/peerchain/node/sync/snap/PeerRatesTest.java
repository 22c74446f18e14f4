package org.peerchain.node.sync.snap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.peerchain.p2p.identity.PeerId;

class PeerRatesTest {
  private static final PeerId FAST = PeerId.fromHex("aa".repeat(64));
  private static final PeerId SLOW = PeerId.fromHex("bb".repeat(64));

  @Test
  void aPeerMuchSlowerThanTheFastestGetsOneRequestAtATime() {
    PeerRates rates = new PeerRates();
    assertThat(rates.allowance(FAST)).isEqualTo(PeerRates.MAX_OPEN);
    rates.delivered(FAST, 1_000_000, 100_000_000L);
    rates.delivered(SLOW, 1_000, 100_000_000L);
    assertThat(rates.allowance(FAST)).isEqualTo(PeerRates.MAX_OPEN);
    assertThat(rates.allowance(SLOW)).isEqualTo(1);
    assertThat(rates.rate(FAST)).isGreaterThan(rates.rate(SLOW));
  }

  @Test
  void failuresLowerARate() {
    PeerRates rates = new PeerRates();
    rates.delivered(FAST, 1_000_000, 100_000_000L);
    rates.delivered(SLOW, 1_000_000, 100_000_000L);
    for (int i = 0; i < 10; i++) {
      rates.failed(SLOW);
    }
    assertThat(rates.allowance(SLOW)).isEqualTo(1);
  }
}
