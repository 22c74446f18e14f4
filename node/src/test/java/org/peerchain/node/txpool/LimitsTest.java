package org.peerchain.node.txpool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerchain.node.txpool.PoolFixtures.key;
import static org.peerchain.node.txpool.PoolFixtures.transfer;

import org.junit.jupiter.api.Test;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionEncoder;
import org.peerchain.node.txpool.AddResult.Added;
import org.peerchain.node.txpool.AddResult.Rejected;
import org.peerchain.node.txpool.PoolFixtures.Harness;

class LimitsTest {
  private final KeyPair alice = key(1);
  private final KeyPair bob = key(2);
  private final KeyPair carol = key(3);

  private static Harness pool(int pending, int queued, int pendingPerSender, int queuedPerSender) {
    return new Harness(TxPoolConfig.DEFAULT.withLimits(pending, queued, pendingPerSender, queuedPerSender));
  }

  private static RejectReason reason(AddResult r) {
    assertThat(r).isInstanceOf(Rejected.class);
    return ((Rejected) r).reason();
  }

  @Test
  void aFullPendingPoolEvictsTheLowestPayingForABetterTransaction() {
    Harness h = pool(2, 10, 10, 10);
    h.accounts.fund(alice, bob, carol);
    Transaction cheap = transfer(alice, 0, 1, 10);
    Transaction dear = transfer(bob, 0, 5, 10);
    h.pool.add(cheap);
    h.pool.add(dear);

    Transaction better = transfer(carol, 0, 3, 10);
    assertThat(h.pool.add(better)).isEqualTo(new Added(better.hash(), Slot.PENDING));

    assertThat(h.pool.get(cheap.hash())).isEmpty();
    assertThat(h.pool.pending()).containsOnlyKeys(bob.address(), carol.address());
    assertThat(h.pool.status().pending()).isEqualTo(2);
  }

  @Test
  void aFullPoolRefusesATransactionPayingNoMoreThanTheCheapest() {
    Harness h = pool(2, 10, 10, 10);
    h.accounts.fund(alice, bob, carol);
    h.pool.add(transfer(alice, 0, 2, 10));
    h.pool.add(transfer(bob, 0, 5, 10));

    Rejected same = (Rejected) h.pool.add(transfer(carol, 0, 2, 10));
    Rejected less = (Rejected) h.pool.add(transfer(carol, 0, 1, 10));

    assertThat(same.message()).isEqualTo("transaction underpriced");
    assertThat(less.reason()).isEqualTo(RejectReason.UNDERPRICED);
    assertThat(h.pool.status().pending()).isEqualTo(2);
  }

  @Test
  void aSenderNeverEvictsItsOwnTransactions() {
    Harness h = pool(2, 10, 10, 10);
    h.accounts.fund(alice);
    h.pool.add(transfer(alice, 0, 1, 10));
    h.pool.add(transfer(alice, 1, 1, 10));

    Rejected r = (Rejected) h.pool.add(transfer(alice, 2, 9, 10));

    assertThat(r.message()).isEqualTo("txpool is full");
    assertThat(r.reason()).isEqualTo(RejectReason.POOL_FULL);
  }

  @Test
  void evictingATransactionTakesTheSendersLaterNoncesWithIt() {
    Harness h = pool(3, 10, 10, 10);
    h.accounts.fund(alice, bob, carol);
    h.pool.add(transfer(bob, 0, 1, 10));
    h.pool.add(transfer(bob, 1, 4, 10));
    h.pool.add(transfer(bob, 3, 4, 10)); // queued
    h.pool.add(transfer(alice, 0, 3, 10));

    assertThat(h.pool.add(transfer(carol, 0, 2, 10))).isInstanceOf(Added.class);

    assertThat(h.pool.pending()).containsOnlyKeys(alice.address(), carol.address());
    assertThat(h.pool.queued()).isEmpty();
  }

  @Test
  void aFullQueueEvictsTheLowestPayingQueuedTransaction() {
    Harness h = pool(10, 2, 10, 10);
    h.accounts.fund(alice, bob, carol);
    Transaction cheap = transfer(alice, 5, 1, 10);
    h.pool.add(cheap);
    h.pool.add(transfer(bob, 5, 4, 10));

    assertThat(reason(h.pool.add(transfer(carol, 5, 1, 10)))).isEqualTo(RejectReason.UNDERPRICED);
    assertThat(h.pool.add(transfer(carol, 5, 2, 10))).isInstanceOf(Added.class);

    assertThat(h.pool.get(cheap.hash())).isEmpty();
    assertThat(h.pool.status().queued()).isEqualTo(2);
  }

  @Test
  void perSenderLimitsRefuseTheSendersNextTransaction() {
    Harness h = pool(100, 100, 2, 1);
    h.accounts.fund(alice);
    h.pool.add(transfer(alice, 0, 1, 10));
    h.pool.add(transfer(alice, 1, 1, 10));
    h.pool.add(transfer(alice, 5, 1, 10));

    Rejected pendingCap = (Rejected) h.pool.add(transfer(alice, 2, 1, 10));
    Rejected queuedCap = (Rejected) h.pool.add(transfer(alice, 6, 1, 10));

    assertThat(pendingCap.message()).isEqualTo("account limit exceeded: address " + alice.address()
        + " has 2 pending transactions, limit 2");
    assertThat(queuedCap.reason()).isEqualTo(RejectReason.ACCOUNT_LIMIT_EXCEEDED);
    assertThat(queuedCap.message()).endsWith("has 1 queued transactions, limit 1");
    // A replacement needs no new slot.
    assertThat(h.pool.add(transfer(alice, 5, 2, 20))).isInstanceOf(AddResult.Replaced.class);
  }

  @Test
  void theByteLimitEvictsTheCheapestOfEitherSlot() {
    Transaction probe = transfer(alice, 0, 1, 10);
    int size = TransactionEncoder.encode(probe).size();
    Harness h = new Harness(TxPoolConfig.DEFAULT.withBytes(2L * size + size / 2, size + 8));
    h.accounts.fund(alice, bob, carol);
    Transaction cheapQueued = transfer(alice, 7, 1, 10);
    h.pool.add(cheapQueued);
    h.pool.add(transfer(bob, 0, 5, 10));

    assertThat(h.pool.add(transfer(carol, 0, 3, 10))).isInstanceOf(Added.class);

    assertThat(h.pool.get(cheapQueued.hash())).isEmpty();
    assertThat(h.pool.status().bytes()).isLessThanOrEqualTo(2L * size + size / 2);
  }

  @Test
  void aQueuedTransactionNeverEvictsAPendingOneAtTheByteLimit() {
    int size = sizeOf(transfer(alice, 0, 1, 10));
    Harness h = new Harness(TxPoolConfig.DEFAULT.withBytes(2L * size + size / 2, size + 8));
    h.accounts.fund(alice, bob, carol);
    Transaction cheap = transfer(alice, 0, 1, 10);
    Transaction dear = transfer(bob, 0, 2, 10);
    h.pool.add(cheap);
    h.pool.add(dear);

    // Paying far more does not help a transaction that cannot execute yet.
    Rejected r = (Rejected) h.pool.add(transfer(carol, 3, 9, 90));

    assertThat(r.reason()).isEqualTo(RejectReason.POOL_FULL);
    assertThat(h.pool.pending()).containsOnlyKeys(alice.address(), bob.address());
    assertThat(h.pool.status().queued()).isZero();
  }

  @Test
  void aQueuedTransactionAtTheByteLimitEvictsOnlyCheaperQueuedOnes() {
    int size = sizeOf(transfer(alice, 0, 1, 10));
    Harness h = new Harness(TxPoolConfig.DEFAULT.withBytes(2L * size + size / 2, size + 8));
    h.accounts.fund(alice, bob, carol);
    Transaction cheapPending = transfer(alice, 0, 1, 10);
    Transaction queued = transfer(bob, 5, 3, 10);
    h.pool.add(cheapPending);
    h.pool.add(queued);

    assertThat(reason(h.pool.add(transfer(carol, 5, 2, 10)))).isEqualTo(RejectReason.UNDERPRICED);
    Transaction better = transfer(carol, 5, 4, 10);
    assertThat(h.pool.add(better)).isEqualTo(new Added(better.hash(), Slot.QUEUED));

    assertThat(h.pool.get(queued.hash())).isEmpty();
    assertThat(h.pool.get(cheapPending.hash())).isPresent();
  }

  @Test
  void aPendingTransactionAtTheByteLimitStillEvictsACheaperPendingOne() {
    int size = sizeOf(transfer(alice, 0, 1, 10));
    Harness h = new Harness(TxPoolConfig.DEFAULT.withBytes(2L * size + size / 2, size + 8));
    h.accounts.fund(alice, bob, carol);
    Transaction cheap = transfer(alice, 0, 1, 10);
    h.pool.add(cheap);
    h.pool.add(transfer(bob, 0, 5, 10));

    assertThat(h.pool.add(transfer(carol, 0, 3, 10))).isInstanceOf(Added.class);

    assertThat(h.pool.get(cheap.hash())).isEmpty();
    assertThat(h.pool.pending()).containsOnlyKeys(bob.address(), carol.address());
  }

  @Test
  void aQueuedTransactionNeverTakesThePendingCountOfAnother() {
    // Pending is full; a queued transaction needs no pending slot, so it enters without evicting.
    Harness h = pool(2, 10, 10, 10);
    h.accounts.fund(alice, bob, carol);
    h.pool.add(transfer(alice, 0, 1, 10));
    h.pool.add(transfer(bob, 0, 1, 10));

    assertThat(h.pool.add(transfer(carol, 1, 9, 90))).isInstanceOf(Added.class);

    assertThat(h.pool.status().pending()).isEqualTo(2);
    assertThat(h.pool.pending()).containsOnlyKeys(alice.address(), bob.address());
  }

  private static int sizeOf(Transaction tx) {
    return TransactionEncoder.encode(tx).size();
  }
}
