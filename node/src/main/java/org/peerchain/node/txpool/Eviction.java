package org.peerchain.node.txpool;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.peerchain.node.txpool.PriceOrder.Ranked;

/**
 * Makes room in a full pool by evicting the lowest-paying transactions, but only for a
 * transaction that pays more than each of them. An evicted transaction takes the same sender's
 * higher nonces with it (they could not execute without it). The incoming transaction's own
 * sender is never evicted for it, which would open a gap below it.
 *
 * <p>A queued transaction makes room only among queued ones: it may never execute (its gap may
 * never close), so it must not cost an executable transaction its place, whatever it offers to
 * pay. Otherwise anyone could empty the pending set with well-paid transactions behind a gap.
 * A pending transaction evicts from either slot, cheapest first.
 */
final class Eviction {
  private Eviction() {}

  /** The victims that make room, or why there is none. */
  record Plan(List<PooledTx> victims, Optional<RejectReason> refusal) {
    static Plan refuse(RejectReason reason) {
      return new Plan(List.of(), Optional.of(reason));
    }
  }

  /**
   * What must go for {@code incoming} to enter {@code slot}; {@code replaced} is the transaction
   * it replaces, or null.
   */
  static Plan plan(PoolState state, TxPoolConfig config, PooledTx incoming, Slot slot, PooledTx replaced) {
    Budget need = new Budget(
        slot == Slot.PENDING && replaced == null ? state.count(Slot.PENDING) + 1L - config.maxPending() : 0,
        slot == Slot.QUEUED && replaced == null ? state.count(Slot.QUEUED) + 1L - config.maxQueued() : 0,
        state.bytes() + incoming.size() - (replaced == null ? 0 : replaced.size()) - config.maxBytes());
    Set<PooledTx> victims = new LinkedHashSet<>();
    while (need.pending > 0 || need.queued > 0 || need.bytes > 0) {
      PooledTx candidate = need.pending > 0 ? cheapest(state, Slot.PENDING, incoming, victims)
          : need.queued > 0 || slot == Slot.QUEUED ? cheapest(state, Slot.QUEUED, incoming, victims)
          : cheaper(state, cheapest(state, Slot.PENDING, incoming, victims),
              cheapest(state, Slot.QUEUED, incoming, victims));
      if (candidate == null) {
        return Plan.refuse(RejectReason.POOL_FULL);
      }
      if (PriceOrder.comparePrice(candidate, incoming, state.priceBaseFee()) >= 0) {
        return Plan.refuse(RejectReason.UNDERPRICED);
      }
      for (PooledTx victim : withHigherNonces(state, candidate)) {
        if (victims.add(victim)) {
          need.free(state.sender(victim.sender()).slotOf(victim), victim.size());
        }
      }
    }
    return new Plan(List.copyOf(victims), Optional.empty());
  }

  /** Evicts the cheapest queued transactions until the queued limit holds again. */
  static List<PooledTx> trimQueued(PoolState state, TxPoolConfig config) {
    List<PooledTx> evicted = new ArrayList<>();
    while (state.count(Slot.QUEUED) > config.maxQueued()) {
      for (PooledTx victim : withHigherNonces(state, state.prices(Slot.QUEUED).first().tx())) {
        state.remove(victim);
        evicted.add(victim);
      }
    }
    return evicted;
  }

  private static List<PooledTx> withHigherNonces(PoolState state, PooledTx tx) {
    List<PooledTx> out = new ArrayList<>();
    out.add(tx);
    out.addAll(state.after(state.sender(tx.sender()), tx.nonce()));
    return out;
  }

  private static PooledTx cheapest(PoolState state, Slot slot, PooledTx incoming, Set<PooledTx> taken) {
    Iterator<Ranked> it = state.prices(slot).iterator();
    while (it.hasNext()) {
      PooledTx tx = it.next().tx();
      if (!tx.sender().equals(incoming.sender()) && !taken.contains(tx)) {
        return tx;
      }
    }
    return null;
  }

  private static PooledTx cheaper(PoolState state, PooledTx a, PooledTx b) {
    if (a == null || b == null) {
      return a == null ? b : a;
    }
    return Ranked.of(a, state.priceBaseFee()).compareTo(Ranked.of(b, state.priceBaseFee())) <= 0 ? a : b;
  }

  /** How much is still over the limits. */
  private static final class Budget {
    long pending;
    long queued;
    long bytes;

    Budget(long pending, long queued, long bytes) {
      this.pending = pending;
      this.queued = queued;
      this.bytes = bytes;
    }

    void free(Slot slot, int size) {
      if (slot == Slot.PENDING) {
        pending--;
      } else {
        queued--;
      }
      bytes -= size;
    }
  }
}
