package org.peerchain.rpc.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerchain.rpc.fixture.FixtureChain;
import org.peerchain.rpc.fixture.FixtureTransactions;

class ChainWindowTest {
  @Test
  void followsTheHeadReadingOnlyNewBlocks() {
    FixtureChain chain = FixtureChain.standard();
    Clock clock = Clock.fixed(Instant.ofEpochSecond(FixtureChain.GENESIS_TIME + 10), ZoneOffset.UTC);
    ChainWindow window = new ChainWindow(chain.access(), clock);

    List<BlockSummary> first = window.recent();
    assertThat(first).extracting(BlockSummary::number).containsExactly(0L, 1L, 2L, 3L);
    assertThat(first).extracting(BlockSummary::txCount).containsExactly(0, 2, 2, 0);
    assertThat(first.get(0).round()).isEqualTo(-1);
    assertThat(first.get(1).signers()).containsExactly(FixtureChain.VALIDATOR.address());

    chain.addBlock(List.of(FixtureTransactions.pendingTransfer()));
    List<BlockSummary> second = window.recent();
    assertThat(second).extracting(BlockSummary::number).containsExactly(0L, 1L, 2L, 3L, 4L);
    assertThat(second.get(4).txCount()).isEqualTo(1);
    assertThat(ChainWindow.newest(second, 2)).extracting(BlockSummary::number).containsExactly(4L, 3L);
  }
}
