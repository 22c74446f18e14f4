package org.peerchain.testnet.load;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.peerchain.testnet.manifest.NodeEntry;
import org.peerchain.testnet.rpc.NodeClient;
import org.peerchain.testnet.rpc.RpcError;
import org.peerchain.testnet.rpc.RpcUnavailable;

/**
 * A fixed number of transfers from wallet-like streams: stream s is sender s, talks to node s mod N,
 * sends its transfers in nonce order and awaits each {@code eth_sendRawTransaction} answer before the
 * next. Offered load is whatever the nodes answer, not a rate. All transfers are signed before the
 * clock starts, so signing does not compete with the nodes for the CPU during the run.
 */
public final class WalletStreams {
  public static final int MAX_STREAMS = 1_000;
  public static final int MAX_TRANSFERS = 1_000_000;
  private static final int TIMEOUT_MS = 5_000;
  /** A node that answers "limit exceeded" is asked again after this, as a wallet backs off. */
  static final long BACKOFF_MS = 20;
  /** Per transfer: after this many busy answers the stream gives up on it and on the rest of its nonces. */
  static final int MAX_BUSY_RETRIES = 500;
  /** geth's and Besu's code for a request refused because a limit is reached. */
  static final int LIMIT_EXCEEDED = -32005;

  private final List<NodeEntry> nodes;
  private final TransferFactory transfers;
  private final BlockFollower follower;
  private final PrintWriter progress;
  private final InclusionTracker tracker = new InclusionTracker();
  private final AtomicLong accepted = new AtomicLong();
  private final AtomicLong rejected = new AtomicLong();
  private final AtomicLong busy = new AtomicLong();

  public WalletStreams(List<NodeEntry> nodes, TransferFactory transfers, BlockFollower follower, PrintWriter progress) {
    this.nodes = List.copyOf(nodes);
    this.transfers = transfers;
    this.follower = follower;
    this.progress = progress;
    follower.addListener(tracker);
  }

  /** How many of {@code total} transfers stream {@code s} of {@code streams} sends: an even split. */
  static int share(int total, int streams, int s) {
    return total / streams + (s < total % streams ? 1 : 0);
  }

  /** Sends {@code total} transfers over {@code streams} streams, then waits up to {@code drain} for them to finalize. */
  public LoadReport run(int total, int streams, Duration drain) {
    if (streams < 1 || streams > transfers.senders()) {
      throw new IllegalArgumentException("invalid stream count " + streams + " (1-" + transfers.senders() + " senders)");
    }
    List<List<SignedTransfer>> plan = sign(total, streams);
    progress.printf(Locale.ROOT, "streams: %d transfers signed; sending from %d streams over %d nodes%n", total, streams,
        nodes.size());
    progress.flush();
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    for (int s = 0; s < streams; s++) {
      int stream = s;
      Thread t = new Thread(() -> stream(plan.get(stream), stream % nodes.size()), "wallet-" + s);
      t.setDaemon(true);
      threads.add(t);
    }
    threads.forEach(Thread::start);
    long nextTick = start + TimeUnit.SECONDS.toNanos(1);
    long sendEnd = -1;
    long drainEnd = Long.MAX_VALUE;
    while (true) {
      sleep(50);
      long now = System.nanoTime();
      if (sendEnd < 0 && threads.stream().noneMatch(Thread::isAlive)) {
        sendEnd = now;
        drainEnd = now + drain.toNanos();
      }
      if (sendEnd >= 0 && (tracker.pendingCount() == 0 || now >= drainEnd)) {
        break;
      }
      if (now >= nextTick) {
        progress.printf(Locale.ROOT, "streams %3ds: answered %d, finalized %d (%.1f/s), in flight %d, busy answers %d, "
                + "rejected %d, head #%d%n", Math.round((now - start) / 1e9), accepted.get(), tracker.includedCount(),
            tracker.includedCount() / ((now - start) / 1e9), tracker.pendingCount(), busy.get(), rejected.get(),
            follower.height());
        progress.flush();
        nextTick += TimeUnit.SECONDS.toNanos(1);
      }
    }
    progress.printf(Locale.ROOT, "streams: %d busy (limit exceeded) answers retried%n", busy.get());
    return new LoadReport(0, accepted.get(), rejected.get(), tracker.includedCount(), (sendEnd - start) / 1e9,
        tracker.spanSeconds(), tracker.latency());
  }

  private List<List<SignedTransfer>> sign(int total, int streams) {
    List<List<SignedTransfer>> plan = new ArrayList<>();
    for (int s = 0; s < streams; s++) {
      long nonce = nonce(s);
      List<SignedTransfer> mine = new ArrayList<>();
      for (int i = 0; i < share(total, streams, s); i++) {
        mine.add(transfers.transfer(s, nonce + i));
      }
      plan.add(mine);
    }
    return plan;
  }

  private void stream(List<SignedTransfer> mine, int node) {
    try (NodeClient client = NodeClient.local(nodes.get(node).rpcPort(), TIMEOUT_MS)) {
      for (int i = 0; i < mine.size(); i++) {
        if (!send(client, node, mine.get(i))) {
          // Later nonces would only wait behind the gap: the stream stops, its rest counts as refused.
          for (int j = i; j < mine.size(); j++) {
            tracker.dropped(mine.get(j).hash());
          }
          rejected.addAndGet(mine.size() - i);
          return;
        }
      }
    }
  }

  /** @return whether a node took the transfer */
  private boolean send(NodeClient client, int node, SignedTransfer transfer) {
    tracker.sent(transfer, System.nanoTime(), node);
    for (int attempt = 0; attempt <= MAX_BUSY_RETRIES; attempt++) {
      try {
        client.sendRawTransaction(transfer.raw());
        accepted.incrementAndGet();
        return true;
      } catch (RpcError e) {
        if (e.code() == LIMIT_EXCEEDED) {
          busy.incrementAndGet();
          sleep(BACKOFF_MS);
          continue;
        }
        if (e.getMessage().toLowerCase(Locale.ROOT).contains("already known")) {
          accepted.incrementAndGet();
          return true;
        }
        progress.printf("streams: %s refused %s: %s%n", nodes.get(node).name(), transfer.hash(), e.getMessage());
        return false;
      } catch (RpcUnavailable e) {
        progress.printf("streams: %s unavailable: %s%n", nodes.get(node).name(), e.getMessage());
        return false;
      }
    }
    return false;
  }

  private long nonce(int sender) {
    return PendingNonce.of(nodes, transfers.address(sender));
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
