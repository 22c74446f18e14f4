package org.peerchain.node.txpool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerchain.node.txpool.PoolFixtures.key;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.tx.TransactionEncoder;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.node.txpool.PoolFixtures.Harness;

/**
 * A small, always-full pool under random adds and blocks: whatever a transaction behind a nonce
 * gap pays, admitting it never removes an executable transaction, and the limits always hold.
 */
class PoolEvictionPropertyTest {
  private static final int SENDERS = 5;
  private static final int NONCES = 5;
  private static final long[] TIPS = {1, 2, 5, 20, 100};
  private static final Map<List<Integer>, Transaction> SIGNED = new ConcurrentHashMap<>();
  private static final int TX_BYTES = TransactionEncoder.encode(tx(0, 0, 0)).size();

  sealed interface Op {}

  record Add(int sender, int nonce, int tipLevel) implements Op {}

  record Mine(int count) implements Op {}

  /** Byte limits for about 3..7 transactions with the count limits of 3..6 pending and 2..4 queued. */
  record Limits(int pending, int queued, int txsOfBytes) {
    TxPoolConfig config() {
      return TxPoolConfig.DEFAULT.withLimits(pending, queued, 10, 10)
          .withBytes((long) txsOfBytes * TX_BYTES + TX_BYTES / 2, TX_BYTES + 8);
    }
  }

  @Provide
  Arbitrary<Limits> limits() {
    return Combinators.combine(Arbitraries.integers().between(3, 6), Arbitraries.integers().between(2, 4),
        Arbitraries.integers().between(3, 7)).as(Limits::new);
  }

  @Provide
  Arbitrary<List<Op>> ops() {
    Arbitrary<Op> add = Combinators.combine(Arbitraries.integers().between(0, SENDERS - 1),
        Arbitraries.integers().between(0, NONCES - 1), Arbitraries.integers().between(0, TIPS.length - 1)).as(Add::new);
    Arbitrary<Op> mine = Arbitraries.integers().between(0, 3).map(Mine::new);
    return Arbitraries.frequencyOf(Tuple.of(9, add), Tuple.of(1, mine)).list().ofMaxSize(50);
  }

  private static Transaction tx(int sender, long nonce, int tipLevel) {
    return SIGNED.computeIfAbsent(List.of(sender, (int) nonce, tipLevel),
        k -> PoolFixtures.transfer(key(400 + sender), nonce, TIPS[tipLevel], TIPS[tipLevel] * 2));
  }

  @Property(tries = 300)
  void noPendingTransactionIsEverEvictedByAQueuedOne(@ForAll("limits") Limits limits,
      @ForAll("ops") List<Op> ops) {
    TxPoolConfig config = limits.config();
    Harness h = new Harness(config);
    for (int s = 0; s < SENDERS; s++) {
      KeyPair k = key(400 + s);
      h.accounts.fund(k);
    }
    for (Op op : ops) {
      if (op instanceof Add a) {
        Set<Hash> pendingBefore = hashes(h.pool.pending());
        AddResult result = h.pool.add(tx(a.sender(), a.nonce(), a.tipLevel()));
        if (!enteredPending(result)) {
          assertThat(hashes(h.pool.pending())).as("pending after %s gave %s", op, result).containsAll(pendingBefore);
        }
      } else if (op instanceof Mine m) {
        List<Transaction> block = h.pool.selectForBlock(30_000_000, m.count());
        h.commit(block.toArray(Transaction[]::new));
      }
      PoolStatus status = h.pool.status();
      assertThat(status.pending()).isLessThanOrEqualTo(config.maxPending());
      assertThat(status.queued()).isLessThanOrEqualTo(config.maxQueued());
      assertThat(status.bytes()).isLessThanOrEqualTo(config.maxBytes());
    }
  }

  private static boolean enteredPending(AddResult r) {
    return r instanceof AddResult.Added added && added.slot() == Slot.PENDING
        || r instanceof AddResult.Replaced replaced && replaced.slot() == Slot.PENDING;
  }

  private static Set<Hash> hashes(Map<Address, SortedMap<Long, Transaction>> bySender) {
    Set<Hash> out = new HashSet<>();
    bySender.values().forEach(txs -> txs.values().forEach(tx -> out.add(tx.hash())));
    return out;
  }
}
