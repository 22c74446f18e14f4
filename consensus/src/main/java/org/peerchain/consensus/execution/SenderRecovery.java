package org.peerchain.consensus.execution;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.peerchain.core.tx.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recovers the senders of a block's transactions on several threads before the sequential apply.
 * Recovery is the costly part of a transfer (an elliptic-curve operation, against a few map and
 * trie updates) and each transaction's is independent. {@link Transaction#sender()} caches its
 * answer on the transaction, so this only warms that cache: whatever it did not get to (a busy or
 * shut-down pool, an interrupt) is recovered later on the applying thread, with the same result.
 */
public final class SenderRecovery {
  private static final Logger LOG = LoggerFactory.getLogger(SenderRecovery.class);
  // Transactions per claim: small enough to balance the workers, large enough to claim rarely.
  private static final int CHUNK = 32;
  private static final SenderRecovery SEQUENTIAL = new SenderRecovery(null, 1);

  private final ExecutorService executor;
  private final int parallelism;

  private SenderRecovery(ExecutorService executor, int parallelism) {
    this.executor = executor;
    this.parallelism = parallelism;
  }

  /** Recovery on the calling thread only. */
  public static SenderRecovery sequential() {
    return SEQUENTIAL;
  }

  /**
   * Recovery by {@code parallelism} workers: the calling thread and {@code parallelism - 1} tasks
   * on {@code executor}, which stays the caller's to shut down.
   */
  public static SenderRecovery on(ExecutorService executor, int parallelism) {
    Objects.requireNonNull(executor, "executor");
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1, got " + parallelism);
    }
    return new SenderRecovery(executor, parallelism);
  }

  public int parallelism() {
    return parallelism;
  }

  /** Recovers (and caches) the sender of every transaction of {@code transactions}. */
  public void recover(List<Transaction> transactions) {
    int chunks = (transactions.size() + CHUNK - 1) / CHUNK;
    int workers = Math.min(parallelism, chunks);
    if (workers <= 1) {
      transactions.forEach(Transaction::sender);
      return;
    }
    AtomicInteger next = new AtomicInteger();
    Runnable work = () -> {
      for (int chunk = next.getAndIncrement(); chunk < chunks; chunk = next.getAndIncrement()) {
        int end = Math.min(transactions.size(), (chunk + 1) * CHUNK);
        for (int i = chunk * CHUNK; i < end; i++) {
          transactions.get(i).sender();
        }
      }
    };
    List<Future<?>> helpers = new ArrayList<>();
    try {
      for (int i = 1; i < workers; i++) {
        helpers.add(executor.submit(work));
      }
    } catch (RejectedExecutionException e) {
      LOG.debug("Sender recovery pool refused a task; recovering on fewer threads", e);
    }
    work.run();
    awaitAll(helpers);
  }

  // The caller's own pass has claimed every chunk, so a helper still running finishes its last one.
  private static void awaitAll(List<Future<?>> helpers) {
    for (Future<?> helper : helpers) {
      try {
        helper.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return; // unfinished senders are recovered on demand when applied
      } catch (ExecutionException e) {
        LOG.error("Sender recovery task failed; its transactions are recovered when applied", e.getCause());
      }
    }
  }
}
