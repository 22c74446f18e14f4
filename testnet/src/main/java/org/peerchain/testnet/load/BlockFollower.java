package org.peerchain.testnet.load;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.peerchain.testnet.manifest.NodeEntry;
import org.peerchain.testnet.rpc.BlockSummary;
import org.peerchain.testnet.rpc.NodeClient;
import org.peerchain.testnet.rpc.RpcError;
import org.peerchain.testnet.rpc.RpcUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Walks new heights as a wallet does (eth_blockNumber, then eth_getBlockByNumber for each new
 * height) and tells listeners of each block with the time it was first seen. Finality makes any
 * node's block at a height the block: when the node asked does not answer, the next one is.
 */
public final class BlockFollower implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(BlockFollower.class);
  private static final long POLL_MS = 50;
  private static final int TIMEOUT_MS = 2_000;

  /** Called on the follower's thread, in height order. */
  public interface Listener {
    void onBlock(BlockSummary block, long seenNanos);
  }

  private final List<NodeEntry> nodes;
  private final List<Listener> listeners = new CopyOnWriteArrayList<>();
  private final AtomicLong lastHeight = new AtomicLong(-1);
  private final Thread thread;
  private volatile boolean running = true;
  private int current;

  public BlockFollower(List<NodeEntry> nodes) {
    if (nodes.isEmpty()) {
      throw new IllegalArgumentException("no nodes to follow");
    }
    this.nodes = List.copyOf(nodes);
    this.thread = new Thread(this::run, "block-follower");
    thread.setDaemon(true);
  }

  public void addListener(Listener listener) {
    listeners.add(listener);
  }

  /** Starts after the current head of the first node that answers. */
  public BlockFollower start() {
    thread.start();
    return this;
  }

  /** The highest height seen so far; -1 before the first answer. */
  public long height() {
    return lastHeight.get();
  }

  private void run() {
    NodeClient client = null;
    while (running) {
      try {
        if (client == null) {
          client = NodeClient.local(nodes.get(current).rpcPort(), TIMEOUT_MS);
        }
        long head = client.blockNumber();
        if (lastHeight.get() < 0) {
          lastHeight.set(head);
        }
        if (head > lastHeight.get()) {
          for (BlockSummary block : client.blocks(lastHeight.get() + 1, head)) {
            long seen = System.nanoTime();
            for (Listener l : listeners) {
              l.onBlock(block, seen);
            }
            lastHeight.set(block.number());
          }
        }
        sleep(POLL_MS);
      } catch (RpcUnavailable | RpcError e) {
        LOG.debug("block follower: {} failed ({}); asking the next node", nodes.get(current).name(), e.getMessage());
        if (client != null) {
          client.close();
          client = null;
        }
        current = (current + 1) % nodes.size();
        sleep(POLL_MS);
      }
    }
    if (client != null) {
      client.close();
    }
  }

  private void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      running = false;
    }
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
