package org.peerchain.p2p.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketTest {
  private final AtomicLong now = new AtomicLong(5_000_000_000L);
  private final TokenBucket bucket = TokenBucket.bytesPerSecond(1000, now::get);

  @Test
  void startsFullAndGoesIntoDebtThatTimePaysOff() {
    assertThat(bucket.nanosUntilAvailable()).isZero();
    bucket.charge(2500);
    // 1500 bytes of debt at 1000 bytes/s: a little over 1.5 s until something may be spent again.
    assertThat(bucket.nanosUntilAvailable()).isEqualTo(1_501_000_000L);
    now.addAndGet(1_500_000_000L);
    assertThat(bucket.nanosUntilAvailable()).isEqualTo(1_000_000L);
    now.addAndGet(1_000_000L);
    assertThat(bucket.nanosUntilAvailable()).isZero();
  }

  @Test
  void refillsNoFurtherThanOneSecondsWorth() {
    bucket.charge(1000);
    now.addAndGet(3_600_000_000_000L);
    bucket.charge(1000);
    assertThat(bucket.nanosUntilAvailable()).isPositive();
  }

  @Test
  void aClockThatStandsStillOrGoesBackRefillsNothing() {
    bucket.charge(1000);
    now.addAndGet(-1_000_000_000L);
    assertThat(bucket.nanosUntilAvailable()).isEqualTo(1_000_000L);
  }

  @Test
  void takesOneTokenPerEventUpToTheBurstThenAtTheRate() {
    TokenBucket accepts = new TokenBucket(3, 2, now::get);
    assertThat(accepts.tryTake()).isTrue();
    assertThat(accepts.tryTake()).isTrue();
    assertThat(accepts.tryTake()).isTrue();
    assertThat(accepts.tryTake()).as("the burst is spent").isFalse();
    assertThat(accepts.isFull()).isFalse();
    now.addAndGet(500_000_000L);
    assertThat(accepts.tryTake()).as("one token back after half a second at 2/s").isTrue();
    assertThat(accepts.tryTake()).isFalse();
    now.addAndGet(10_000_000_000L);
    assertThat(accepts.isFull()).isTrue();
  }
}
