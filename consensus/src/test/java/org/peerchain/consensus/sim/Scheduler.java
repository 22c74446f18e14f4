package org.peerchain.consensus.sim;

import java.util.PriorityQueue;

/**
 * Virtual time for the simulation: tasks ordered by (time, sequence number), so two runs with the
 * same seed execute the same tasks in the same order. Nothing here reads the real clock.
 */
final class Scheduler {
  private record Task(long time, long seq, Runnable body) {}

  private final PriorityQueue<Task> queue = new PriorityQueue<>((a, b) -> a.time != b.time
      ? Long.compare(a.time, b.time) : Long.compare(a.seq, b.seq));
  private long now;
  private long seq;
  private long executed;

  long now() {
    return now;
  }

  long executed() {
    return executed;
  }

  void at(long time, Runnable body) {
    queue.add(new Task(Math.max(time, now), seq++, body));
  }

  void after(long delayMs, Runnable body) {
    at(now + Math.max(0, delayMs), body);
  }

  /** Runs the next task; false when none is left. */
  boolean step() {
    Task t = queue.poll();
    if (t == null) {
      return false;
    }
    now = t.time;
    executed++;
    t.body.run();
    return true;
  }
}
