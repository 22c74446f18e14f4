package org.peerchain.node.lifecycle;

import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
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
    PeerchainNode node;
    try {
      node = PeerchainNode.start(config, fork);
    } catch (RuntimeException e) {
      afterStop.run();
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Thread hook = new Thread(() -> {
      try {
        node.close();
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
      node.close();
      afterStop.run();
    }
    return 0;
  }
}
