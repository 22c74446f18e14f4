package org.peerchain.testnet.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.IntConsumer;
import org.peerchain.testnet.manifest.NodeEntry;
import org.peerchain.testnet.rpc.NodeClient;
import org.peerchain.testnet.rpc.RpcError;
import org.peerchain.testnet.rpc.RpcUnavailable;

/**
 * Sends signed transfers, one thread and keep-alive connection per node. A node that fails is
 * avoided for a moment (a paused process still accepts TCP connections and then never answers), and
 * its transfers go to the next node; a transfer no node takes counts as rejected.
 */
final class Submitter implements AutoCloseable {
  private static final int TIMEOUT_MS = 2_000;
  private static final long AVOID_NANOS = TimeUnit.SECONDS.toNanos(1);
  private static final int QUEUE = 10_000;

  private record Job(SignedTransfer transfer, int node, int attempt, boolean resend) {
    Job next() {
      return new Job(transfer, node + 1, attempt + 1, resend);
    }
  }

  private final List<NodeEntry> nodes;
  private final List<BlockingQueue<Job>> queues = new ArrayList<>();
  private final List<Thread> threads = new ArrayList<>();
  private final AtomicLongArray avoidUntil;
  private final InclusionTracker tracker;
  /** Told the sender of a refused transfer: its later nonces wait behind a gap until it resyncs. */
  private final IntConsumer senderNeedsResync;
  private final AtomicLong accepted = new AtomicLong();
  private final AtomicLong rejected = new AtomicLong();
  private volatile boolean running = true;

  Submitter(List<NodeEntry> nodes, InclusionTracker tracker, IntConsumer senderNeedsResync) {
    this.nodes = List.copyOf(nodes);
    this.tracker = tracker;
    this.senderNeedsResync = senderNeedsResync;
    this.avoidUntil = new AtomicLongArray(nodes.size());
    for (int i = 0; i < nodes.size(); i++) {
      queues.add(new ArrayBlockingQueue<>(QUEUE));
      int node = i;
      Thread t = new Thread(() -> work(node), "submit-" + nodes.get(i).name());
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
  }

  /** Queues a first send to {@code node}, or the next node that is not being avoided. */
  void submit(SignedTransfer transfer, int node) {
    route(new Job(transfer, node % nodes.size(), 0, false));
  }

  /** A send again, of a transfer not seen in a block for a while, to another node. */
  void resend(SignedTransfer transfer, int node) {
    route(new Job(transfer, node % nodes.size(), 0, true));
  }

  long accepted() {
    return accepted.get();
  }

  long rejected() {
    return rejected.get();
  }

  int queued() {
    return queues.stream().mapToInt(BlockingQueue::size).sum();
  }

  private void route(Job job) {
    long now = System.nanoTime();
    Job j = job;
    while (j.attempt() < nodes.size()) {
      int at = j.node() % nodes.size();
      if (avoidUntil.get(at) <= now && queues.get(at).offer(j)) {
        return;
      }
      j = j.next();
    }
    refuse(job);
  }

  private void work(int node) {
    NodeClient client = NodeClient.local(nodes.get(node).rpcPort(), TIMEOUT_MS);
    try {
      while (running) {
        Job job = queues.get(node).poll(100, TimeUnit.MILLISECONDS);
        if (job != null) {
          send(client, node, job);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      client.close();
    }
  }

  private void send(NodeClient client, int node, Job job) {
    long now = System.nanoTime();
    if (avoidUntil.get(node) > now) {
      next(job);
      return;
    }
    if (!job.resend()) {
      // Tracked before it is sent: the block holding it may be seen before the send returns.
      tracker.sent(job.transfer(), now, node);
    }
    try {
      client.sendRawTransaction(job.transfer().raw());
      accept(job);
    } catch (RpcUnavailable e) {
      avoidUntil.set(node, System.nanoTime() + AVOID_NANOS);
      next(job);
    } catch (RpcError e) {
      String message = e.getMessage().toLowerCase(Locale.ROOT);
      if (message.contains("already known")) {
        accept(job);
      } else {
        refuse(job);
      }
    }
  }

  /** A first send succeeds at most once: the next node is only tried after a failure. */
  private void accept(Job job) {
    if (!job.resend()) {
      accepted.incrementAndGet();
    }
  }

  private void next(Job job) {
    if (job.attempt() + 1 >= nodes.size()) {
      refuse(job);
    } else {
      route(job.next());
    }
  }

  /** A resend that fails changes nothing: the first send may still sit in some pool. */
  private void refuse(Job job) {
    if (job.resend()) {
      return;
    }
    rejected.incrementAndGet();
    tracker.dropped(job.transfer().hash());
    senderNeedsResync.accept(job.transfer().sender());
  }

  @Override
  public void close() {
    running = false;
    for (Thread t : threads) {
      try {
        t.join(3_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
