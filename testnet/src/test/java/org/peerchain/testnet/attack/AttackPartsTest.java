package org.peerchain.testnet.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttackPartsTest {
  @Test
  void intervalsAreTheGapsBetweenSightingsWithNearestRankPercentiles() {
    Intervals i = Intervals.between(List.of(0L, 500L, 1000L, 1600L, 4600L));
    assertThat(i.count()).isEqualTo(4);
    assertThat(i.percentile(50)).isEqualTo(500);
    assertThat(i.percentile(99)).isEqualTo(3000);
    assertThat(i.max()).isEqualTo(3000);
    assertThat(Intervals.between(List.of(7L)).percentile(99)).isZero();
  }

  @Test
  void rssIsReadFromTheKilobyteFieldOfProcStatus() {
    assertThat(RssSampler.parseKilobytes("\t  123456 kB")).isEqualTo(123_456);
    assertThatThrownBy(() -> RssSampler.parseKilobytes("12 MB")).isInstanceOf(IllegalArgumentException.class);
    // This JVM is a process with a resident set.
    assertThat(RssSampler.rssBytes(ProcessHandle.current().pid()).orElseThrow()).isPositive();
    assertThat(RssSampler.rssBytes(Long.MAX_VALUE)).isEmpty();
  }
}
