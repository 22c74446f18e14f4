package org.peerchain.rpc.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerchain.core.block.Block;
import org.peerchain.core.tx.Transaction;
import org.peerchain.rpc.api.NewHead;
import org.peerchain.rpc.backend.ChainEventHub;
import org.peerchain.rpc.fixture.FixtureChain;
import org.peerchain.rpc.fixture.FixtureTransactions;

class FinalityTimesTest {
  /** A clock the test moves by hand. */
  static final class ManualClock extends Clock {
    private long millis;

    ManualClock(long millis) {
      this.millis = millis;
    }

    void advance(long by) {
      millis += by;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return Instant.ofEpochMilli(millis);
    }
  }

  @Test
  void measuresFromThePoolToTheCommittedBlock() {
    FixtureChain chain = FixtureChain.standard();
    ChainEventHub events = new ChainEventHub();
    ManualClock clock = new ManualClock(1_000_000);
    try (FinalityTimes times = new FinalityTimes(chain.access(), events, clock)) {
      assertThat(times.summary(60_000).count()).isZero();

      Transaction tx = FixtureTransactions.pendingTransfer();
      events.publishPendingTransaction(tx.hash());
      clock.advance(250);
      Block block = chain.addBlock(List.of(tx));
      events.publishHead(NewHead.of(block.header()));
      // A block whose transactions this node never pooled adds nothing.
      Block empty = chain.addBlock(List.of());
      events.publishHead(NewHead.of(empty.header()));

      FinalityTimes.Summary s = times.summary(60_000);
      assertThat(s.count()).isEqualTo(1);
      assertThat(s.medianMillis()).isEqualTo(250);
      assertThat(s.p90Millis()).isEqualTo(250);

      clock.advance(61_000);
      assertThat(times.summary(60_000).count()).as("older than the window").isZero();
    }
  }

  @Test
  void aBlockAtTheHeadCountsBeforeItsEventArrivesAndOnlyOnce() {
    FixtureChain chain = FixtureChain.standard();
    ChainEventHub events = new ChainEventHub();
    ManualClock clock = new ManualClock(1_000_000);
    try (FinalityTimes times = new FinalityTimes(chain.access(), events, clock)) {
      Transaction tx = FixtureTransactions.pendingTransfer();
      events.publishPendingTransaction(tx.hash());
      clock.advance(40);
      Block block = chain.addBlock(List.of(tx));

      assertThat(times.summary(60_000)).isEqualTo(new FinalityTimes.Summary(1, 40, 40));
      events.publishHead(NewHead.of(block.header()));
      assertThat(times.summary(60_000).count()).isEqualTo(1);
    }
  }

  @Test
  void closingStopsListening() {
    FixtureChain chain = FixtureChain.standard();
    ChainEventHub events = new ChainEventHub();
    ManualClock clock = new ManualClock(0);
    FinalityTimes times = new FinalityTimes(chain.access(), events, clock);
    times.close();
    Transaction tx = FixtureTransactions.pendingTransfer();
    events.publishPendingTransaction(tx.hash());
    Block block = chain.addBlock(List.of(tx));
    events.publishHead(NewHead.of(block.header()));
    assertThat(times.summary(60_000).count()).isZero();
  }
}
