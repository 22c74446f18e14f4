package org.peerchain.node.txpool;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.peerchain.storage.state.Account;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings one sender's transactions in line with its account at head: drops what the chain has
 * passed (nonce below the account's) or what the balance can no longer pay, keeps the pending run
 * gap-free by demoting what follows a dropped transaction, and promotes queued transactions whose
 * gap has closed.
 */
final class SenderSync {
  private static final Logger LOG = LoggerFactory.getLogger(SenderSync.class);

  private final PoolState state;
  private final TxPoolConfig config;

  SenderSync(PoolState state, TxPoolConfig config) {
    this.state = state;
    this.config = config;
  }

  /** Re-validates {@code s} against {@code account}; transactions that became pending go to {@code promoted}. */
  void sync(SenderTxs s, Account account, List<PooledTx> promoted) {
    long nonce = account.nonce();
    List<PooledTx> stale = new ArrayList<>(s.pending.headMap(nonce, false).values());
    stale.addAll(s.queued.headMap(nonce, false).values());
    drop(stale, "nonce below the account's " + Long.toUnsignedString(nonce));
    s.base = nonce;
    if (!s.pending.isEmpty() && s.pending.firstKey() != nonce) {
      // Only if the account nonce went back: the run no longer starts at the account nonce.
      demote(new ArrayList<>(s.pending.values()));
    }
    BigInteger balance = account.balance().toBigInteger();
    PooledTx firstShort = firstUnaffordable(s, balance);
    if (firstShort != null) {
      List<PooledTx> rest = new ArrayList<>(s.pending.tailMap(firstShort.nonce(), false).values());
      drop(List.of(firstShort), "the balance " + balance + " no longer covers the sender's pending run up to it");
      demote(rest);
    }
    List<PooledTx> unaffordable = new ArrayList<>();
    for (PooledTx tx : s.queued.values()) {
      if (tx.cost().compareTo(balance) > 0) {
        unaffordable.add(tx);
      }
    }
    drop(unaffordable, "cost above the balance " + balance);
    promote(s, balance, promoted);
    while (s.queued.size() > config.maxQueuedPerSender()) {
      drop(List.of(s.queued.lastEntry().getValue()), "over the per-sender queued limit");
    }
  }

  /** The first pending transaction at which the run's cumulative cost exceeds the balance. */
  private static PooledTx firstUnaffordable(SenderTxs s, BigInteger balance) {
    BigInteger spent = BigInteger.ZERO;
    for (PooledTx tx : s.pending.values()) {
      spent = spent.add(tx.cost());
      if (spent.compareTo(balance) > 0) {
        return tx;
      }
    }
    return null;
  }

  /**
   * Moves queued transactions that continue the pending run into pending while there is room and
   * the balance covers the run; one it cannot pay is dropped (the rest stay queued behind its gap).
   */
  void promote(SenderTxs s, BigInteger balance, List<PooledTx> promoted) {
    if (s.queued.isEmpty() || s.queued.firstKey() != s.nextPendingNonce()) {
      return;
    }
    BigInteger spent = s.pending.values().stream().map(PooledTx::cost).reduce(BigInteger.ZERO, BigInteger::add);
    while (!s.queued.isEmpty() && s.queued.firstKey() == s.nextPendingNonce()) {
      if (state.count(Slot.PENDING) >= config.maxPending() || s.pending.size() >= config.maxPendingPerSender()) {
        state.markStalled(s.sender);
        return;
      }
      PooledTx next = s.queued.firstEntry().getValue();
      spent = spent.add(next.cost());
      if (spent.compareTo(balance) > 0) {
        drop(List.of(next), "balance " + balance + " does not cover the sender's pending cost " + spent);
        return;
      }
      state.move(next, Slot.PENDING);
      promoted.add(next);
    }
  }

  private void demote(List<PooledTx> txs) {
    for (PooledTx tx : txs) {
      state.move(tx, Slot.QUEUED);
    }
  }

  private void drop(List<PooledTx> txs, String why) {
    for (PooledTx tx : txs) {
      LOG.debug("dropping {} from the pool: {}", tx.hash(), why);
      state.remove(tx);
    }
  }
}
