package org.peerchain.node.concurrent;

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
}
