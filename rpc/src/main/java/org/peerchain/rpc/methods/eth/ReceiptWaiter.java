package org.peerchain.rpc.methods.eth;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.peerchain.rpc.api.ChainEvents;

/**
 * Waits for something to appear on chain, woken by new heads rather than by polling. A wait holds
 * the calling thread (the processor answers synchronously), so only {@code maxWaiting} may run at once.
 */
final class ReceiptWaiter {
  private final ChainEvents events;
  private final Semaphore slots;

  ReceiptWaiter(ChainEvents events, int maxWaiting) {
    this.events = events;
    this.slots = new Semaphore(maxWaiting);
  }

  /** A started wait, listening for heads from now on; empty when all slots are taken. */
  Optional<Wait> tryStart() {
    if (!slots.tryAcquire()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Wait());
    } catch (RuntimeException e) {
      slots.release();
      throw e;
    }
  }

  /** One waiting call; close it (always) to stop listening and free its slot. */
  final class Wait implements AutoCloseable {
    // One permit per head since the last look; the listener only releases, so it returns at once.
    private final Semaphore heads = new Semaphore(0);
    private final ChainEvents.Registration registration;
    private boolean closed;

    private Wait() {
      registration = events.onNewHead(head -> heads.release());
    }

    /**
     * Runs {@code lookup} now and again after each new head until it gives a value or
     * {@code timeout} has passed; a final look is made at the deadline.
     */
    <T> Optional<T> await(Supplier<Optional<T>> lookup, Duration timeout) throws InterruptedException {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (true) {
        // Drained before the look, so a head that lands during it wakes the next wait at once.
        heads.drainPermits();
        Optional<T> found = lookup.get();
        if (found.isPresent()) {
          return found;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return Optional.empty();
        }
        heads.tryAcquire(left, TimeUnit.NANOSECONDS);
      }
    }

    @Override
    public void close() {
      if (closed) {
        return;
      }
      closed = true;
      registration.close();
      slots.release();
    }
  }
}
