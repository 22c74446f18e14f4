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
 * Recovers the senders of a block's transactions on several threads while the block is applied.
 * Recovery is the costly part of a transfer (an elliptic-curve operation, against a few map and
 * trie updates) and each transaction's is independent, but applying is sequential. So helpers
 * recover from the back of the block towards the front while the applying thread walks from the
 * front, recovering what it meets uncached; they stop where they meet it. Both halves run at once
 * and nothing waits for a barrier.
 *
 * <p>{@link Transaction#sender()} caches its answer on the transaction (a benign race: two threads
 * may compute the same sender), so helpers only warm that cache. Whatever they do not get to (a
 * busy or shut-down pool, an interrupt) the applying thread recovers itself, with the same result.
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

  /** Recovery on the applying thread only. */
  public static SenderRecovery sequential() {
    return SEQUENTIAL;
  }

  /**
   * Recovery by {@code parallelism} workers: the applying thread and {@code parallelism - 1}
   * helper tasks on {@code executor}, which stays the caller's to shut down.
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

  /** Recovers (and caches) the sender of every transaction of {@code transactions} before returning. */
  public void recover(List<Transaction> transactions) {
    try (Session session = start(transactions)) {
      for (int i = 0; i < transactions.size(); i++) {
        session.reached(i);
        transactions.get(i).sender();
      }
    }
  }

  /**
   * Starts the helpers on {@code transactions}. The caller then walks them in order, telling the
   * session each index it reaches, and closes it when done.
   */
  public Session start(List<Transaction> transactions) {
    int chunks = (transactions.size() + CHUNK - 1) / CHUNK;
    // With one chunk or less the applying thread would meet the helper at once.
    int helpers = chunks < 2 ? 0 : Math.min(parallelism - 1, chunks - 1);
    Session session = new Session(transactions, chunks);
    try {
      for (int i = 0; i < helpers; i++) {
        session.helpers.add(executor.submit(session::helpFromTheBack));
      }
    } catch (RejectedExecutionException e) {
      LOG.debug("Sender recovery pool refused a task; recovering on fewer threads", e);
    }
    return session;
  }

  /** One block's recovery: helpers working from the back until they meet the applying thread. */
  public static final class Session implements AutoCloseable {
    private final List<Transaction> transactions;
    private final AtomicInteger nextChunkFromTheBack;
    private final List<Future<?>> helpers = new ArrayList<>();
    // The index the applying thread has reached; helpers stop at it. Written only by that thread.
    private volatile int frontier = -1;

    private Session(List<Transaction> transactions, int chunks) {
      this.transactions = transactions;
      this.nextChunkFromTheBack = new AtomicInteger(chunks);
    }

    /** The applying thread is at {@code index}: helpers need not recover there or before. */
    public void reached(int index) {
      frontier = index;
    }

    private void helpFromTheBack() {
      for (int chunk = nextChunkFromTheBack.decrementAndGet(); chunk >= 0;
          chunk = nextChunkFromTheBack.decrementAndGet()) {
        int end = Math.min(transactions.size(), (chunk + 1) * CHUNK);
        for (int i = end - 1; i >= chunk * CHUNK; i--) {
          if (i <= frontier) {
            return;
          }
          transactions.get(i).sender();
        }
      }
    }

    /** Stops the helpers and waits for them, so that none still works on this block afterwards. */
    @Override
    public void close() {
      frontier = Integer.MAX_VALUE;
      for (Future<?> helper : helpers) {
        try {
          helper.get();
        } catch (InterruptedException e) {
          // Each helper stops within one transaction; not waiting for it is harmless.
          Thread.currentThread().interrupt();
          return;
        } catch (ExecutionException e) {
          LOG.error("Sender recovery task failed; its transactions were recovered when applied", e.getCause());
        }
      }
    }
  }
}
