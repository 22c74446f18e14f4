package org.peerchain.consensus.bft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.peerchain.consensus.bft.message.Step;

class LinearTimeoutsTest {
  @Test
  void growsLinearlyWithTheRoundUpToTheCap() {
    LinearTimeouts t = LinearTimeouts.builder().base(3000, 1000, 1000).delta(500, 250, 250).cap(10_000).build();
    assertThat(t.delayMs(Step.PROPOSE, 0)).isEqualTo(3000);
    assertThat(t.delayMs(Step.PROPOSE, 2)).isEqualTo(4000);
    assertThat(t.delayMs(Step.PREVOTE, 4)).isEqualTo(2000);
    assertThat(t.delayMs(Step.PRECOMMIT, 1_000_000)).isEqualTo(10_000);
    assertThat(t.delayMs(Step.PROPOSE, Integer.MAX_VALUE)).isEqualTo(10_000);
  }

  @Test
  void roundZeroCanWaitLongerThanLaterRounds() {
    LinearTimeouts t = LinearTimeouts.builder().round0(30_000, 1000, 1000).base(1000, 1000, 1000)
        .delta(100, 100, 100).cap(60_000).build();
    assertThat(t.delayMs(Step.PROPOSE, 0)).isEqualTo(30_000);
    assertThat(t.delayMs(Step.PROPOSE, 1)).isEqualTo(1100);
  }

  @Test
  void rejectsNegativeAndOversizedSettings() {
    assertThatThrownBy(() -> LinearTimeouts.of(-1, 0, 100)).hasMessageContaining("base timeout");
    assertThatThrownBy(() -> LinearTimeouts.of(1, 1, 0)).hasMessageContaining("cap");
    assertThatThrownBy(() -> LinearTimeouts.of(1, 1, 10).delayMs(Step.PROPOSE, -1)).hasMessageContaining("round");
  }
}
