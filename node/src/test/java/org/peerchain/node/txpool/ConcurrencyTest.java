package org.peerchain.node.txpool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerchain.node.txpool.PoolFixtures.key;
import static org.peerchain.node.txpool.PoolFixtures.transfer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.node.txpool.PoolFixtures.Harness;

/**
 * Several threads add (in shuffled nonce order, with duplicates and fee bumps) while one thread
 * selects and commits blocks; after every block the pool's pending runs must start at the head
 * nonce without gaps, blocks must not repeat a transaction, and in the end every nonce is mined.
 */
class ConcurrencyTest {
  private static final int THREADS = 4;
  private static final int SENDERS_PER_THREAD = 4;
  private static final int NONCES = 30;

  @Test
  void concurrentAddsAndCommitsKeepThePoolConsistent() throws Exception {
    Harness h = new Harness();
    List<List<Transaction>> work = new ArrayList<>();
    List<KeyPair> senders = new ArrayList<>();
    Random random = new Random(42);
    for (int t = 0; t < THREADS; t++) {
      List<Transaction> txs = new ArrayList<>();
      for (int s = 0; s < SENDERS_PER_THREAD; s++) {
        KeyPair k = key(200 + t * SENDERS_PER_THREAD + s);
        senders.add(k);
        h.accounts.fund(k);
        for (int n = 0; n < NONCES; n++) {
          txs.add(transfer(k, n, 1, 10));
          if (random.nextInt(4) == 0) {
            txs.add(transfer(k, n, 2, 20)); // a bump, which may come before or after the original
          }
          if (random.nextInt(8) == 0) {
            txs.add(transfer(k, n, 1, 10)); // a duplicate
          }
        }
      }
      Collections.shuffle(txs, random);
      work.add(txs);
    }

    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> adders = new ArrayList<>();
    for (List<Transaction> txs : work) {
      adders.add(threads.submit(() -> {
        start.await();
        txs.forEach(h.pool::add);
        return null;
      }));
    }
    Set<Hash> mined = new HashSet<>();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    start.countDown();
    try {
      for (int block = 0; block < 10_000 && System.nanoTime() < deadline; block++) {
        boolean addersDone = adders.stream().allMatch(Future::isDone);
        List<Transaction> selected = h.pool.selectForBlock(30_000_000, 25);
        assertContiguousFromHead(h, selected);
        for (Transaction tx : selected) {
          assertThat(mined.add(tx.hash())).as("mined twice: %s", tx).isTrue();
        }
        h.commit(selected.toArray(Transaction[]::new));
        assertPendingRunsStartAtHead(h);
        if (addersDone && !h.pool.hasPending()) {
          break;
        }
      }
      for (Future<?> f : adders) {
        f.get(10, TimeUnit.SECONDS); // rethrows anything an adder hit
      }
    } finally {
      threads.shutdownNow();
    }

    for (KeyPair k : senders) {
      assertThat(h.accounts.account(k.address()).nonce()).as("nonce of %s", k.address()).isEqualTo(NONCES);
    }
    assertThat(h.pool.status()).isEqualTo(new PoolStatus(0, 0, 0));
  }

  /** Within a block, each sender's transactions continue its head nonce one by one. */
  private static void assertContiguousFromHead(Harness h, List<Transaction> block) {
    Map<Address, Long> next = new HashMap<>();
    for (Transaction tx : block) {
      Address from = tx.sender().orElseThrow();
      long expected = next.computeIfAbsent(from, a -> h.accounts.account(a).nonce());
      assertThat(tx.nonce()).as("nonce of %s in block", from).isEqualTo(expected);
      next.put(from, expected + 1);
    }
  }

  private static void assertPendingRunsStartAtHead(Harness h) {
    for (Map.Entry<Address, SortedMap<Long, Transaction>> e : h.pool.pending().entrySet()) {
      long nonce = h.accounts.account(e.getKey()).nonce();
      for (long key : e.getValue().keySet()) {
        assertThat(key).as("pending run of %s", e.getKey()).isEqualTo(nonce++);
      }
    }
  }
}
