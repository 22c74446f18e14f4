package org.peerchain.node.testsupport;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.Queue;
import org.peerchain.node.concurrent.EventLoop;

/**
 * An {@link EventLoop} a test drives by hand, with its own clock: tasks run when the test calls
 * {@link #runPending()}, timers when it moves time on with {@link #advance(long)}. Deterministic:
 * nothing runs on another thread, nothing sleeps.
 */
public final class ManualLoop implements EventLoop {
  private record Timer(long dueMillis, long seq, Runnable task) {}

  private final Queue<Runnable> tasks = new ArrayDeque<>();
  private final PriorityQueue<Timer> timers =
      new PriorityQueue<>(Comparator.comparingLong(Timer::dueMillis).thenComparingLong(Timer::seq));
  private long nowMillis;
  private long seq;

  public ManualLoop(long startMillis) {
    this.nowMillis = startMillis;
  }

  /** The loop's clock, to give the code under test. */
  public long millis() {
    return nowMillis;
  }

  @Override
  public void execute(Runnable task) {
    tasks.add(task);
  }

  @Override
  public void schedule(Runnable task, long delayMs) {
    timers.add(new Timer(nowMillis + Math.max(0, delayMs), seq++, task));
  }

  /** Runs queued tasks, and the ones they queue, until none is left; returns how many ran. */
  public int runPending() {
    int ran = 0;
    while (!tasks.isEmpty()) {
      tasks.poll().run();
      ran++;
    }
    return ran;
  }

  /** Moves the clock on by {@code millis}, firing each timer at its due time, in order. */
  public void advance(long millis) {
    long target = nowMillis + millis;
    runPending();
    while (!timers.isEmpty() && timers.peek().dueMillis() <= target) {
      Timer t = timers.poll();
      nowMillis = t.dueMillis();
      t.task().run();
      runPending();
    }
    nowMillis = target;
  }

  public int timers() {
    return timers.size();
  }
}
