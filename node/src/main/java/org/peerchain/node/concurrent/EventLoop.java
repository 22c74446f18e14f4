package org.peerchain.node.concurrent;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One thread that runs tasks in order, and runs them later when asked. Components that share the
 * consensus thread take this rather than the consensus loop itself, so they do not depend on the
 * validator wiring, and a test can hand them a loop that runs on its own thread and virtual time.
 */
public interface EventLoop {
  /** Runs {@code task} on the loop thread, after what is queued; may be called from any thread. */
  void execute(Runnable task);

  /** Runs {@code task} on the loop thread once {@code delayMs} have passed. */
  void schedule(Runnable task, long delayMs);

  /** A single-threaded scheduled executor as an event loop. */
  static EventLoop of(ScheduledExecutorService executor) {
    return new EventLoop() {
      @Override
      public void execute(Runnable task) {
        executor.execute(task);
      }

      @Override
      public void schedule(Runnable task, long delayMs) {
        executor.schedule(task, Math.max(0, delayMs), TimeUnit.MILLISECONDS);
      }
    };
  }
}
