package org.peerchain.node.validator;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.peerchain.consensus.bft.engine.ConsensusAction;
import org.peerchain.consensus.bft.engine.ConsensusEvent;
import org.peerchain.node.concurrent.EventLoop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that drives the consensus engine: it drains a queue of events and tasks, hands
 * each event to the engine, and carries out the actions it returns, in order. Actions that answer
 * at once (executing a block) feed their event straight back; timeouts come back through the
 * timer. Nothing else touches the engine, the block cache or the commit path.
 *
 * <p>A task that throws is our own fault and may have left the engine, the block cache or the
 * chain half-updated, so consensus halts: an ERROR line, the reason kept for health checks, halt
 * listeners told, and every later task dropped. The node keeps serving what it has; it stops
 * signing and committing until it is restarted.
 */
public final class ConsensusLoop implements EventLoop, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ConsensusLoop.class);
  private static final Runnable STOP = () -> {};

  private final BlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();
  private final ScheduledExecutorService timer;
  private final Thread thread;
  private Function<ConsensusEvent, List<ConsensusAction>> engine;
  private ActionHandler handler;
  private final List<Consumer<String>> haltListeners = new CopyOnWriteArrayList<>();
  private volatile boolean stopped;
  private volatile String haltReason;

  /** Carries out one action; returns the events it produced at once (none for most). */
  public interface ActionHandler {
    List<ConsensusEvent> handle(ConsensusAction action);
  }

  public ConsensusLoop(ScheduledExecutorService timer) {
    this.timer = timer;
    this.thread = new Thread(this::runLoop, "consensus");
    // Ahead of RPC and gossip work when the JVM maps priorities to the OS (-XX:ThreadPriorityPolicy=1).
    thread.setPriority(Thread.MAX_PRIORITY);
  }

  /** Starts the thread; {@code startActions} are the engine's first actions, run on the loop. */
  public void start(Function<ConsensusEvent, List<ConsensusAction>> engine, ActionHandler handler,
      Supplier<List<ConsensusAction>> startActions) {
    this.engine = engine;
    this.handler = handler;
    tasks.add(() -> carryOut(startActions.get()));
    thread.start();
  }

  /** Called once, on the loop thread, if consensus halts; {@code reason} says why. */
  public void onHalt(Consumer<String> listener) {
    haltListeners.add(listener);
  }

  /** Why consensus halted; empty while it runs. */
  public Optional<String> haltReason() {
    return Optional.ofNullable(haltReason);
  }

  /** Queues an event for the engine; may be called from any thread. */
  public void post(ConsensusEvent event) {
    if (accepting()) {
      tasks.add(() -> carryOut(engine.apply(event)));
    }
  }

  /** Queues a task whose engine actions are carried out on the loop, as an event's are. */
  public void runActions(Supplier<List<ConsensusAction>> task) {
    if (accepting()) {
      tasks.add(() -> carryOut(task.get()));
    }
  }

  @Override
  public void execute(Runnable task) {
    if (accepting()) {
      tasks.add(task);
    }
  }

  private boolean accepting() {
    return !stopped && haltReason == null;
  }

  public void schedule(ConsensusEvent event, long delayMs) {
    if (accepting()) {
      timer.schedule(() -> post(event), Math.max(0, delayMs), TimeUnit.MILLISECONDS);
    }
  }

  @Override
  public void schedule(Runnable task, long delayMs) {
    if (accepting()) {
      timer.schedule(() -> execute(task), Math.max(0, delayMs), TimeUnit.MILLISECONDS);
    }
  }

  /** Events and tasks waiting for the loop. */
  public int backlog() {
    return tasks.size();
  }

  public boolean onLoopThread() {
    return Thread.currentThread() == thread;
  }

  private void runLoop() {
    while (true) {
      Runnable task;
      try {
        task = tasks.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      if (task == STOP) {
        return;
      }
      try {
        task.run();
      } catch (RuntimeException | Error e) {
        // Nothing a peer sends makes a task throw: this is our own fault, and the state it left is suspect.
        halt(e);
        return;
      }
    }
  }

  private void halt(Throwable cause) {
    haltReason = "consensus loop task failed: " + cause;
    tasks.clear();
    LOG.error("Consensus HALTED: {}. This node no longer signs or commits blocks; restart it once the cause is"
        + " fixed", haltReason, cause);
    for (Consumer<String> listener : haltListeners) {
      try {
        listener.accept(haltReason);
      } catch (RuntimeException e) {
        LOG.error("A consensus halt listener failed", e);
      }
    }
  }

  private void carryOut(List<ConsensusAction> first) {
    Deque<ConsensusAction> actions = new ArrayDeque<>(first);
    while (!actions.isEmpty()) {
      for (ConsensusEvent answer : handler.handle(actions.poll())) {
        actions.addAll(engine.apply(answer));
      }
    }
  }

  /** Finishes the task in hand (a block being committed), then stops; queued events are dropped. */
  @Override
  public void close() {
    stopped = true;
    tasks.clear();
    tasks.add(STOP);
    if (thread.isAlive() && !onLoopThread()) {
      try {
        thread.join(30_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
