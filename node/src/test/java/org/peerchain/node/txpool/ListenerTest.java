package org.peerchain.node.txpool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerchain.node.txpool.PoolFixtures.key;
import static org.peerchain.node.txpool.PoolFixtures.transfer;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.tx.Transaction;
import org.peerchain.node.txpool.PoolFixtures.Harness;

class ListenerTest {
  private final KeyPair alice = key(1);
  private final Harness h = new Harness();

  ListenerTest() {
    h.accounts.fund(alice);
  }

  @Test
  void listenersHearOfPendingTransactionsOnlyUntilRemoved() {
    List<Transaction> heard = new CopyOnWriteArrayList<>();
    Runnable remove = h.pool.onNewPending(heard::add);
    Transaction queued = transfer(alice, 1, 1, 10);
    Transaction pending = transfer(alice, 0, 1, 10);

    h.pool.add(queued);
    assertThat(heard).isEmpty();
    h.pool.add(pending);
    assertThat(heard).containsExactly(pending, queued);

    remove.run();
    h.pool.add(transfer(alice, 2, 1, 10));
    assertThat(heard).hasSize(2);
  }

  @Test
  void aFailingListenerDoesNotStopTheOthersOrTheAdd() {
    List<Transaction> heard = new CopyOnWriteArrayList<>();
    h.pool.onNewPending(tx -> {
      throw new IllegalStateException("listener bug");
    });
    h.pool.onNewPending(heard::add);

    assertThat(h.pool.add(transfer(alice, 0, 1, 10)).isAccepted()).isTrue();
    assertThat(heard).hasSize(1);
  }
}
