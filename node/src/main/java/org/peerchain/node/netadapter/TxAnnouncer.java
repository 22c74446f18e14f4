package org.peerchain.node.netadapter;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.peerchain.core.tx.Transaction;
import org.peerchain.node.concurrent.EventLoop;

/**
 * Collects newly pooled transactions and hands them to the network in batches every few
 * milliseconds: one announcement per batch instead of one per transaction. Bounded: beyond the cap
 * the oldest waiting are announced at once rather than held.
 */
final class TxAnnouncer {
  static final long INTERVAL_MS = 10;
  static final int MAX_BATCH = 2_000;

  private final Consumer<List<Transaction>> sink;
  private final EventLoop timer;
  private List<Transaction> waiting = new ArrayList<>();
  private boolean scheduled;

  TxAnnouncer(Consumer<List<Transaction>> sink, EventLoop timer) {
    this.sink = sink;
    this.timer = timer;
  }

  void add(Transaction tx) {
    List<Transaction> full = null;
    synchronized (this) {
      waiting.add(tx);
      if (waiting.size() >= MAX_BATCH) {
        full = waiting;
        waiting = new ArrayList<>();
      } else if (!scheduled) {
        scheduled = true;
        timer.schedule(this::flush, INTERVAL_MS);
      }
    }
    if (full != null) {
      sink.accept(full);
    }
  }

  private void flush() {
    List<Transaction> batch;
    synchronized (this) {
      scheduled = false;
      batch = waiting;
      waiting = new ArrayList<>();
    }
    if (!batch.isEmpty()) {
      sink.accept(batch);
    }
  }
}
