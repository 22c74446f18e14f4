package org.peerchain.node.txpool;

import java.math.BigInteger;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.peerchain.core.types.Address;

/**
 * One sender's transactions. Invariant: {@code pending} holds the nonces {@code base},
 * {@code base + 1}, ... without a gap, where {@code base} is the account nonce last read; every
 * queued nonce is above the last pending one. Nonces are unsigned, so the maps order them so.
 *
 * <p>Not thread-safe: only {@link PoolState} changes it, under the pool's lock.
 */
final class SenderTxs {
  final Address sender;
  final NavigableMap<Long, PooledTx> pending = new TreeMap<>(Long::compareUnsigned);
  final NavigableMap<Long, PooledTx> queued = new TreeMap<>(Long::compareUnsigned);
  long base;
  /** Sum of the upfront costs of all this sender's pooled transactions. */
  BigInteger totalCost = BigInteger.ZERO;

  SenderTxs(Address sender, long base) {
    this.sender = sender;
    this.base = base;
  }

  /** The nonce that would extend the pending run. */
  long nextPendingNonce() {
    return base + pending.size();
  }

  PooledTx get(long nonce) {
    PooledTx tx = pending.get(nonce);
    return tx != null ? tx : queued.get(nonce);
  }

  Slot slotOf(PooledTx tx) {
    return pending.get(tx.nonce()) == tx ? Slot.PENDING : Slot.QUEUED;
  }

  boolean isEmpty() {
    return pending.isEmpty() && queued.isEmpty();
  }

  int size() {
    return pending.size() + queued.size();
  }
}
