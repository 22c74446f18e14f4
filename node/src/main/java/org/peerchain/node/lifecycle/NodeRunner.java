package org.peerchain.node.lifecycle;

import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.peerchain.node.config.NodeConfig;
import org.peerchain.node.fork.ForkedChain;

/**
 * Runs a node in the foreground until SIGTERM or SIGINT: the JVM's shutdown hook stops it (the
 * block being committed finishes, the database closes), then the command returns.
 */
public final class NodeRunner {
  private NodeRunner() {}

  /**
   * @param afterStop runs in the shutdown hook after the node stopped (e.g. removing a temporary
   *     data directory): the JVM halts when the hook ends, so later code on the main thread may not run
   */
  public static int runUntilStopped(NodeConfig config, Consumer<PeerchainNode> onStarted, Runnable afterStop) {
    return runUntilStopped(config, Optional.empty(), onStarted, afterStop);
  }

  /** As above, for a chain on top of a fork. */
  public static int runUntilStopped(NodeConfig config, Optional<ForkedChain> fork, Consumer<PeerchainNode> onStarted,
      Runnable afterStop) {
    return runUntilStopped(() -> PeerchainNode.start(config, fork), onStarted, afterStop);
  }

  /** As above, for whatever {@code start} starts (a {@link ForkedDevNode}). */
  public static <N extends AutoCloseable> int runUntilStopped(Supplier<N> start, Consumer<N> onStarted,
      Runnable afterStop) {
    N node;
    try {
      node = start.get();
    } catch (RuntimeException e) {
      afterStop.run();
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      try {
        closeQuietly(node);
        afterStop.run();
      } finally {
        stopped.countDown();
      }
    }, "shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    onStarted.accept(node);
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closeQuietly(node);
      afterStop.run();
    }
    return 0;
  }

  private static void closeQuietly(AutoCloseable node) {
    try {
      node.close();
    } catch (Exception e) {
      throw new IllegalStateException("stopping the node failed: " + e.getMessage(), e);
    }
  }
}
