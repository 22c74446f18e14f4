package org.peerchain.node.netadapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.keys.DevAccounts;
import org.peerchain.core.tx.Transaction;
import org.peerchain.node.testsupport.ManualLoop;

class TxAnnouncerTest {
  private final ManualLoop loop = new ManualLoop(0);
  private final List<List<Transaction>> announced = new ArrayList<>();
  private final TxAnnouncer announcer = new TxAnnouncer(announced::add, loop);
  private final KeyPair alice = DevAccounts.account(0);

  @Test
  void transactionsPooledWithinOneIntervalGoOutAsOneAnnouncement() {
    announcer.add(TestNetwork.transfer(alice, 0));
    announcer.add(TestNetwork.transfer(alice, 1));
    loop.advance(TxAnnouncer.INTERVAL_MS - 1);
    assertThat(announced).isEmpty();
    announcer.add(TestNetwork.transfer(alice, 2));
    assertThat(loop.timers()).as("one timer for the batch, not one per transaction").isEqualTo(1);
    loop.advance(1);
    assertThat(announced).singleElement().satisfies(batch -> assertThat(batch).hasSize(3));
    // The next one starts a new batch.
    announcer.add(TestNetwork.transfer(alice, 3));
    loop.advance(TxAnnouncer.INTERVAL_MS);
    assertThat(announced).hasSize(2);
    assertThat(announced.get(1)).hasSize(1);
  }

  @Test
  void aFullBatchGoesOutAtOnceWithoutWaitingForTheTimer() {
    Transaction tx = TestNetwork.transfer(alice, 0);
    for (int i = 0; i < TxAnnouncer.MAX_BATCH; i++) {
      announcer.add(tx);
    }
    assertThat(announced).singleElement().satisfies(batch -> assertThat(batch).hasSize(TxAnnouncer.MAX_BATCH));
    loop.advance(TxAnnouncer.INTERVAL_MS);
    assertThat(announced).as("the timer finds nothing left").hasSize(1);
  }
}
