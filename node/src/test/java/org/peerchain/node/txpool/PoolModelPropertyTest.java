package org.peerchain.node.txpool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.peerchain.node.txpool.PoolFixtures.gwei;
import static org.peerchain.node.txpool.PoolFixtures.key;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.node.txpool.PoolFixtures.Harness;

/**
 * The pool against a model that knows only the core rules (limits and balances are generous, so
 * eviction and funds never interfere): per sender a nonce map; pending is the run from the head
 * nonce; a same-nonce transaction replaces only with a 10% bump of both fees.
 */
class PoolModelPropertyTest {
  private static final int SENDERS = 3;
  private static final int NONCES = 6;
  /** Tips in gwei; fee cap is 10x the tip. 10 -> 11 is exactly 10%, 11 -> 12 only 9.1%. */
  private static final long[] TIPS = {10, 11, 12, 20};
  private static final Map<List<Integer>, Transaction> SIGNED = new ConcurrentHashMap<>();

  sealed interface Op {}

  record Add(int sender, int nonce, int tipLevel) implements Op {}

  /** Select up to {@code count} and commit them. */
  record Mine(int count) implements Op {}

  /** A block from elsewhere spends the sender's head nonce. */
  record Foreign(int sender) implements Op {}

  @Provide
  Arbitrary<List<Op>> ops() {
    Arbitrary<Op> add = Combinators.combine(Arbitraries.integers().between(0, SENDERS - 1),
        Arbitraries.integers().between(0, NONCES - 1), Arbitraries.integers().between(0, TIPS.length - 1)).as(Add::new);
    Arbitrary<Op> mine = Arbitraries.integers().between(0, 5).map(Mine::new);
    Arbitrary<Op> foreign = Arbitraries.integers().between(0, SENDERS - 1).map(Foreign::new);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, add), net.jqwik.api.Tuple.of(2, mine), net.jqwik.api.Tuple.of(1, foreign))
        .list().ofMaxSize(40);
  }

  private static Transaction tx(int sender, long nonce, int tipLevel) {
    return SIGNED.computeIfAbsent(List.of(sender, (int) nonce, tipLevel),
        k -> PoolFixtures.transfer(key(300 + sender), nonce, TIPS[tipLevel], TIPS[tipLevel] * 10));
  }

  @Property(tries = 200)
  void poolAgreesWithTheModel(@ForAll("ops") List<Op> ops) {
    Harness h = new Harness();
    KeyPair[] keys = new KeyPair[SENDERS];
    Model model = new Model();
    for (int s = 0; s < SENDERS; s++) {
      keys[s] = key(300 + s);
      h.accounts.fund(keys[s]);
      model.senders.put(keys[s].address(), new TreeMap<>());
      model.heads.put(keys[s].address(), 0L);
    }
    for (Op op : ops) {
      if (op instanceof Add a) {
        Transaction tx = tx(a.sender(), a.nonce(), a.tipLevel());
        assertThat(kind(h.pool.add(tx))).as("%s", op).isEqualTo(model.add(tx, a.tipLevel()));
      } else if (op instanceof Mine m) {
        List<Transaction> block = h.pool.selectForBlock(30_000_000, m.count());
        assertThat(block).hasSize(Math.min(m.count(), model.pendingCount()));
        h.commit(block.toArray(Transaction[]::new));
        model.mine(block);
      } else if (op instanceof Foreign f) {
        Address from = keys[f.sender()].address();
        // A distinct fee level the model never adds, so it is a transaction the pool has not seen.
        Transaction foreign = PoolFixtures.transfer(keys[f.sender()], model.heads.get(from), 3, 30);
        h.commit(foreign);
        model.mine(List.of(foreign));
      }
      assertThat(h.pool.pending()).as("pending after %s", op).isEqualTo(model.view(true));
      assertThat(h.pool.queued()).as("queued after %s", op).isEqualTo(model.view(false));
      for (KeyPair k : keys) {
        assertThat(h.pool.pendingNonce(k.address())).isEqualTo(model.pendingNonce(k.address()));
      }
    }
  }

  private static String kind(AddResult r) {
    if (r instanceof AddResult.Rejected rejected) {
      return rejected.message().startsWith("nonce too low") ? "nonce too low" : rejected.message();
    }
    return r instanceof AddResult.Replaced ? "replaced" : "added";
  }

  /** The rules, written plainly. */
  private static final class Model {
    final Map<Address, TreeMap<Long, Transaction>> senders = new HashMap<>();
    final Map<Address, Long> heads = new HashMap<>();
    final Set<Hash> known = new HashSet<>();

    String add(Transaction tx, int tipLevel) {
      Address from = tx.sender().orElseThrow();
      if (known.contains(tx.hash())) {
        return "already known";
      }
      if (tx.nonce() < heads.get(from)) {
        return "nonce too low";
      }
      Transaction old = senders.get(from).get(tx.nonce());
      if (old != null) {
        long oldTip = old.maxPriorityFeePerGas().divide(gwei(1)).toLongExact();
        long newTip = TIPS[tipLevel];
        if (newTip * 100 < oldTip * 110) {
          return "replacement transaction underpriced";
        }
        known.remove(old.hash());
      }
      senders.get(from).put(tx.nonce(), tx);
      known.add(tx.hash());
      return old != null ? "replaced" : "added";
    }

    void mine(List<Transaction> block) {
      for (Transaction tx : block) {
        Address from = tx.sender().orElseThrow();
        assertThat(tx.nonce()).isEqualTo(heads.get(from));
        heads.put(from, tx.nonce() + 1);
      }
      for (Map.Entry<Address, TreeMap<Long, Transaction>> e : senders.entrySet()) {
        e.getValue().headMap(heads.get(e.getKey())).values().forEach(t -> known.remove(t.hash()));
        e.getValue().headMap(heads.get(e.getKey())).clear();
      }
    }

    long pendingNonce(Address a) {
      long n = heads.get(a);
      while (senders.get(a).containsKey(n)) {
        n++;
      }
      return n;
    }

    int pendingCount() {
      return senders.keySet().stream().mapToInt(a -> (int) (pendingNonce(a) - heads.get(a))).sum();
    }

    Map<Address, SortedMap<Long, Transaction>> view(boolean pending) {
      Map<Address, SortedMap<Long, Transaction>> out = new HashMap<>();
      for (Address a : senders.keySet()) {
        long end = pendingNonce(a);
        SortedMap<Long, Transaction> part = pending ? senders.get(a).headMap(end) : senders.get(a).tailMap(end);
        if (!part.isEmpty()) {
          out.put(a, new TreeMap<>(part));
        }
      }
      return out;
    }
  }
}
