package org.peerchain.node.txpool;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.Hash;
import org.peerchain.node.txpool.PriceOrder.Ranked;

/**
 * The pool's indexes, kept consistent with each other: by hash, by sender, and by price per slot
 * (for eviction). Every change of a pooled transaction goes through {@link #put}, {@link #remove}
 * and {@link #move}, which keep the counts and byte total. Not thread-safe: used under the pool's
 * lock.
 */
final class PoolState {
  private final Map<Hash, PooledTx> byHash = new HashMap<>();
  private final Map<Address, SenderTxs> bySender = new HashMap<>();
  /** Senders with a contiguous queued nonce that waits only for room in pending. */
  private final Set<Address> stalled = new LinkedHashSet<>();
  private BigInteger priceBaseFee;
  private NavigableSet<Ranked> pendingByPrice;
  private NavigableSet<Ranked> queuedByPrice;
  private long bytes;
  private long nextSeq;

  PoolState(BigInteger baseFee) {
    reprice(baseFee);
  }

  PooledTx get(Hash hash) {
    return byHash.get(hash);
  }

  SenderTxs sender(Address address) {
    return bySender.get(address);
  }

  SenderTxs senderOrCreate(Address address, long base) {
    return bySender.computeIfAbsent(address, a -> new SenderTxs(a, base));
  }

  Collection<SenderTxs> senders() {
    return bySender.values();
  }

  long nextSeq() {
    return nextSeq++;
  }

  int count(Slot slot) {
    return prices(slot).size();
  }

  long bytes() {
    return bytes;
  }

  BigInteger priceBaseFee() {
    return priceBaseFee;
  }

  /** Cheapest first at {@link #priceBaseFee()}. */
  NavigableSet<Ranked> prices(Slot slot) {
    return slot == Slot.PENDING ? pendingByPrice : queuedByPrice;
  }

  private Ranked rank(PooledTx tx) {
    return Ranked.of(tx, priceBaseFee);
  }

  /** Adds to a sender made with {@link #senderOrCreate}, which set its base nonce. */
  void put(PooledTx tx, Slot slot) {
    SenderTxs s = bySender.get(tx.sender());
    if (s == null) {
      throw new IllegalStateException("no sender entry for " + tx.sender());
    }
    (slot == Slot.PENDING ? s.pending : s.queued).put(tx.nonce(), tx);
    s.totalCost = s.totalCost.add(tx.cost());
    prices(slot).add(rank(tx));
    byHash.put(tx.hash(), tx);
    bytes += tx.size();
  }

  void remove(PooledTx tx) {
    SenderTxs s = bySender.get(tx.sender());
    Slot slot = s.slotOf(tx);
    (slot == Slot.PENDING ? s.pending : s.queued).remove(tx.nonce());
    s.totalCost = s.totalCost.subtract(tx.cost());
    prices(slot).remove(rank(tx));
    byHash.remove(tx.hash());
    bytes -= tx.size();
    if (s.isEmpty()) {
      bySender.remove(s.sender);
      stalled.remove(s.sender);
    }
  }

  void move(PooledTx tx, Slot to) {
    SenderTxs s = bySender.get(tx.sender());
    Slot from = s.slotOf(tx);
    if (from == to) {
      return;
    }
    (from == Slot.PENDING ? s.pending : s.queued).remove(tx.nonce());
    (to == Slot.PENDING ? s.pending : s.queued).put(tx.nonce(), tx);
    Ranked ranked = rank(tx);
    prices(from).remove(ranked);
    prices(to).add(ranked);
  }

  /** The sender's transactions above {@code nonce}, lowest first. */
  List<PooledTx> after(SenderTxs s, long nonce) {
    List<PooledTx> out = new ArrayList<>(s.pending.tailMap(nonce, false).values());
    out.addAll(s.queued.tailMap(nonce, false).values());
    return out;
  }

  void markStalled(Address sender) {
    stalled.add(sender);
  }

  /** The stalled senders, forgetting them: the caller retries their promotion. */
  List<Address> takeStalled() {
    List<Address> out = new ArrayList<>(stalled);
    stalled.clear();
    return out;
  }

  /** Re-sorts the price indexes for a new base fee: who pays most depends on it. */
  void reprice(BigInteger baseFee) {
    if (baseFee.equals(priceBaseFee)) {
      return;
    }
    priceBaseFee = baseFee;
    NavigableSet<Ranked> pending = new TreeSet<>();
    NavigableSet<Ranked> queued = new TreeSet<>();
    if (pendingByPrice != null) {
      pendingByPrice.forEach(r -> pending.add(rank(r.tx())));
      queuedByPrice.forEach(r -> queued.add(rank(r.tx())));
    }
    pendingByPrice = pending;
    queuedByPrice = queued;
  }
}
