package org.peerchain.node.rpc;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * Bounds the CPU an RPC submission burst may take from consensus, as gossip admission is bounded:
 * at most {@code concurrent} submissions decode, recover and pool at once (the rest of the RPC's
 * threads wait, asleep), at most {@code waiting} wait, each at most {@code maxWaitMs}, and none is
 * taken while the pool already holds {@code backlog} pending transactions (more than blocks can
 * take soon: they would only wait there, and their senders with them). Beyond any bound the caller
 * gets a refusal at once, and a wallet retries, as it does on geth's and Besu's -32005.
 */
final class SubmissionGate {
  /**
   * @param concurrent submissions admitted at once
   * @param waiting submissions that may wait for a turn
   * @param maxWaitMs how long one waits before it is refused
   * @param backlog pending pool transactions beyond which submissions are refused
   */
  record Limits(int concurrent, int waiting, long maxWaitMs, int backlog) {
    Limits {
      if (concurrent < 1 || waiting < 0 || maxWaitMs < 0 || backlog < 1) {
        throw new IllegalArgumentException("invalid submission limits: " + concurrent + ", " + waiting + ", "
            + maxWaitMs + ", " + backlog);
      }
    }

    /**
     * Beside other validators, half the cores admit (consensus keeps the rest), 64 wait up to 250 ms,
     * and the pool takes new submissions while it holds less than a full block of transfers: what a
     * proposer takes next, so blocks stay full while a transaction waits about one block for its
     * turn. A chain's only validator (a dev node) decides alone when blocks come and has no peers to
     * starve: there all cores admit and only the pool's own capacity bounds the backlog.
     */
    static Limits forChain(long blockGasLimit, int validators) {
      int cores = Runtime.getRuntime().availableProcessors();
      if (validators <= 1) {
        return new Limits(cores, 64, 250, Integer.MAX_VALUE);
      }
      long perBlock = Math.max(1, blockGasLimit / TRANSFER_GAS);
      return new Limits(Math.max(1, cores / 2), 64, 250, (int) Math.min(Integer.MAX_VALUE, perBlock));
    }
  }

  static final long TRANSFER_GAS = 21_000;

  /** A turn to admit; closing it gives the turn back. */
  interface Turn extends AutoCloseable {
    @Override
    void close();
  }

  private final Limits limits;
  private final IntSupplier pending;
  private final Semaphore turns;
  private final AtomicInteger queued = new AtomicInteger();

  /** @param pending the pool's pending transaction count */
  SubmissionGate(Limits limits, IntSupplier pending) {
    this.limits = limits;
    this.pending = pending;
    this.turns = new Semaphore(limits.concurrent(), true);
  }

  /** A turn to admit one submission. @throws Refused when a limit says not now */
  Turn enter() throws Refused {
    if (pending.getAsInt() >= limits.backlog()) {
      throw new Refused("txpool is busy: " + limits.backlog() + " transactions are waiting for a block; retry later");
    }
    if (!turns.tryAcquire()) {
      if (queued.incrementAndGet() > limits.waiting()) {
        queued.decrementAndGet();
        throw new Refused("too many transactions being submitted (limit " + (limits.concurrent() + limits.waiting())
            + "); retry later");
      }
      try {
        if (!turns.tryAcquire(limits.maxWaitMs(), TimeUnit.MILLISECONDS)) {
          throw new Refused("transaction submission timed out waiting for a turn; retry later");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new Refused("transaction submission interrupted");
      } finally {
        queued.decrementAndGet();
      }
    }
    AtomicInteger once = new AtomicInteger();
    return () -> {
      if (once.getAndIncrement() == 0) {
        turns.release();
      }
    };
  }

  int available() {
    return turns.availablePermits();
  }

  int waiting() {
    return queued.get();
  }

  /** A submission refused for a limit, not for what it is: the same one may succeed later. */
  static final class Refused extends Exception {
    Refused(String message) {
      super(message, null, false, false);
    }
  }
}
