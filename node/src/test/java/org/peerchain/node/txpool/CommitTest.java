package org.peerchain.node.txpool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerchain.node.txpool.PoolFixtures.ETHER;
import static org.peerchain.node.txpool.PoolFixtures.cost;
import static org.peerchain.node.txpool.PoolFixtures.gwei;
import static org.peerchain.node.txpool.PoolFixtures.key;
import static org.peerchain.node.txpool.PoolFixtures.transfer;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.types.UInt256;
import org.peerchain.node.txpool.PoolFixtures.Harness;

class CommitTest {
  private final KeyPair alice = key(1);
  private final KeyPair bob = key(2);
  private final Harness h = new Harness();

  CommitTest() {
    h.accounts.fund(alice, bob);
  }

  @Test
  void includedTransactionsLeaveThePoolAndTheRestStayPending() {
    Transaction a0 = transfer(alice, 0, 1, 10);
    Transaction a1 = transfer(alice, 1, 1, 10);
    Transaction b0 = transfer(bob, 0, 1, 10);
    List.of(a0, a1, b0).forEach(h.pool::add);

    h.commit(a0, b0);

    assertThat(h.pool.get(a0.hash())).isEmpty();
    assertThat(h.pool.get(b0.hash())).isEmpty();
    assertThat(h.pool.pending()).containsOnlyKeys(alice.address());
    assertThat(h.pool.pending().get(alice.address())).containsOnlyKeys(1L);
    assertThat(h.pool.pendingNonce(alice.address())).isEqualTo(2);
    assertThat(h.pool.pendingNonce(bob.address())).isEqualTo(1);
  }

  @Test
  void aTransactionOfANonceTheChainPassedIsDropped() {
    Transaction pooled = transfer(alice, 0, 1, 10);
    h.pool.add(pooled);

    // Another node's block spent nonce 0 with a different transaction.
    h.commit(transfer(alice, 0, 7, 70));

    assertThat(h.pool.get(pooled.hash())).isEmpty();
    assertThat(h.pool.status()).isEqualTo(new PoolStatus(0, 0, 0));
    assertThat(((AddResult.Rejected) h.pool.add(pooled)).message()).startsWith("nonce too low");
  }

  @Test
  void aBlockThatClosesTheGapPromotesQueuedTransactions() {
    h.pool.add(transfer(alice, 1, 1, 10));
    h.pool.add(transfer(alice, 2, 1, 10));
    List<Transaction> announced = new java.util.ArrayList<>();
    h.pool.onNewPending(announced::add);

    h.commit(transfer(alice, 0, 1, 10)); // nonce 0 came from elsewhere

    assertThat(h.pool.pending().get(alice.address())).containsOnlyKeys(1L, 2L);
    assertThat(h.pool.queued()).isEmpty();
    assertThat(announced).extracting(Transaction::nonce).containsExactly(1L, 2L);
  }

  @Test
  void aBalanceDropDropsWhatItCannotPayAndQueuesWhatFollows() {
    Transaction a0 = transfer(alice, 0, 1, 10);
    Transaction a1 = transfer(alice, 1, 1, 10);
    Transaction a2 = transfer(alice, 2, 1, 10);
    List.of(a0, a1, a2).forEach(h.pool::add);

    // The block carried a transaction of Alice's the pool never saw (here only its sender matters);
    // what is left covers one pooled transfer, not two.
    h.accounts.set(alice.address(), 0, cost(a0).add(UInt256.ONE));
    h.pool.onBlockCommitted(List.of(transfer(alice, 9, 1, 10)));

    assertThat(h.pool.pending().get(alice.address())).containsOnlyKeys(0L);
    assertThat(h.pool.get(a1.hash())).isEmpty();
    assertThat(h.pool.queued().get(alice.address())).containsOnlyKeys(2L);
    assertThat(h.pool.pendingNonce(alice.address())).isEqualTo(1);
  }

  @Test
  void aSenderTheBlockDidNotTouchIsRevalidatedByTheFullSweep() {
    Harness swept = new Harness(TxPoolConfig.DEFAULT.withFullSweepInterval(2));
    swept.accounts.fund(alice, bob);
    Transaction a0 = transfer(alice, 0, 1, 10);
    swept.pool.add(a0);
    swept.accounts.set(alice.address(), 0, UInt256.ONE);

    swept.commit(transfer(bob, 0, 1, 10));
    assertThat(swept.pool.get(a0.hash())).isPresent();
    swept.commit(transfer(bob, 1, 1, 10));

    assertThat(swept.pool.get(a0.hash())).isEmpty();
  }

  @Test
  void aRisingBaseFeeKeepsTransactionsButBlocksOnlyTakeThoseThatPayIt() {
    Transaction low = transfer(alice, 0, 1, 3);
    Transaction high = transfer(bob, 0, 2, 30);
    h.pool.add(low);
    h.pool.add(high);

    h.baseFee.set(gwei(5));
    h.pool.onBlockCommitted(List.of());

    assertThat(h.pool.status().pending()).isEqualTo(2);
    assertThat(h.pool.selectForBlock(30_000_000, 100)).containsExactly(high);
    h.baseFee.set(gwei(2));
    assertThat(h.pool.selectForBlock(30_000_000, 100)).containsExactly(high, low);
  }

  @Test
  void aSenderStalledByAFullPendingPoolIsPromotedWhenRoomFrees() {
    Harness small = new Harness(TxPoolConfig.DEFAULT.withLimits(2, 10, 10, 10));
    small.accounts.fund(alice, bob);
    Transaction b0 = transfer(bob, 0, 5, 10);
    Transaction b1 = transfer(bob, 1, 5, 10);
    small.pool.add(b0);
    small.pool.add(b1);
    small.pool.add(transfer(alice, 1, 1, 10)); // queued behind nonce 0
    assertThat(small.pool.add(transfer(alice, 0, 1, 10))).isInstanceOf(AddResult.Rejected.class);

    small.commit(b0, b1);
    assertThat(small.pool.add(transfer(alice, 0, 1, 10))).isInstanceOf(AddResult.Added.class);

    assertThat(small.pool.pending().get(alice.address())).containsOnlyKeys(0L, 1L);
  }

  @Test
  void aLargeBlockIsRemovedInOneCommit() {
    Harness big = new Harness(TxPoolConfig.DEFAULT.withLimits(2_000, 10, 200, 10));
    List<KeyPair> senders = new java.util.ArrayList<>();
    List<Transaction> all = new java.util.ArrayList<>();
    for (int s = 0; s < 10; s++) {
      KeyPair k = key(100 + s);
      senders.add(k);
      big.accounts.fund(k);
      for (int n = 0; n < 200; n++) {
        Transaction tx = transfer(k, n, 1 + s % 3, 10);
        all.add(tx);
        assertThat(big.pool.add(tx).isAccepted()).isTrue();
      }
    }
    List<Transaction> block = big.pool.selectForBlock(Long.MAX_VALUE, 2_000);
    assertThat(block).containsExactlyInAnyOrderElementsOf(all);
    for (KeyPair k : senders) {
      big.accounts.set(k.address(), 200, ETHER);
    }
    big.pool.onBlockCommitted(block);

    assertThat(big.pool.status()).isEqualTo(new PoolStatus(0, 0, 0));
  }
}
