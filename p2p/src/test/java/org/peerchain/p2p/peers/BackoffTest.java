package org.peerchain.p2p.peers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
  private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60));

  @Test
  void doublesUpToTheCap() {
    assertThat(backoff.delayNanos(1)).isEqualTo(Duration.ofSeconds(1).toNanos());
    assertThat(backoff.delayNanos(2)).isEqualTo(Duration.ofSeconds(2).toNanos());
    assertThat(backoff.delayNanos(6)).isEqualTo(Duration.ofSeconds(32).toNanos());
    assertThat(backoff.delayNanos(7)).isEqualTo(Duration.ofSeconds(60).toNanos());
    assertThat(backoff.delayNanos(1000)).isEqualTo(Duration.ofSeconds(60).toNanos());
  }

  @Test
  void anAddressWaitsOutItsDelayAndASuccessClearsIt() {
    long t = 0;
    assertThat(backoff.ready("a", t)).isTrue();
    backoff.failed("a", t);
    backoff.failed("a", t);
    assertThat(backoff.ready("a", t + Duration.ofMillis(1999).toNanos())).isFalse();
    assertThat(backoff.ready("a", t + Duration.ofSeconds(2).toNanos())).isTrue();
    assertThat(backoff.ready("b", t)).isTrue();
    backoff.succeeded("a");
    assertThat(backoff.failures("a")).isZero();
    assertThat(backoff.ready("a", t)).isTrue();
  }
}
