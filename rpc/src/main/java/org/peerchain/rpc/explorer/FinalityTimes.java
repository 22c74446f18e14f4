package org.peerchain.rpc.explorer;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.peerchain.core.block.Block;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.types.Hash;
import org.peerchain.rpc.api.ChainAccess;
import org.peerchain.rpc.api.ChainEvents;
import org.peerchain.rpc.api.NewHead;

/**
 * Time to finality as a user lives it: from a transaction entering this node's pool to the
 * committed block that holds it (one block is final here). The node's listeners only note times;
 * the blocks are read when a page asks, so the committing thread never waits on the explorer.
 * Everything kept is bounded: a node with no visitors forgets the oldest first.
 */
final class FinalityTimes implements AutoCloseable {
  static final int MAX_POOLED = 50_000;
  static final int MAX_HEADS = 4096;
  static final int MAX_SAMPLES = 2000;

  /** Percentiles of the recent samples, in milliseconds. */
  record Summary(int count, long medianMillis, long p90Millis) {}

  private record Committed(long number, Hash blockHash, long atMillis) {}

  private record Sample(long atMillis, long latencyMillis) {}

  private final ChainAccess chain;
  private final Clock clock;
  private final Map<Hash, Long> pooledAt = new LinkedHashMap<>(1024, 0.75f, false) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<Hash, Long> eldest) {
      return size() > MAX_POOLED;
    }
  };
  private final ArrayDeque<Committed> heads = new ArrayDeque<>();
  private final ArrayDeque<Sample> samples = new ArrayDeque<>();
  private final List<ChainEvents.Registration> registrations;
  private long processedUpTo;

  FinalityTimes(ChainAccess chain, ChainEvents events, Clock clock) {
    this.chain = chain;
    this.clock = clock;
    this.processedUpTo = chain.head().number();
    this.registrations = List.of(events.onNewPendingTransaction(this::pooled), events.onNewHead(this::committed));
  }

  private void pooled(Hash tx) {
    long now = clock.millis();
    synchronized (pooledAt) {
      pooledAt.putIfAbsent(tx, now);
    }
  }

  private void committed(NewHead head) {
    long now = clock.millis();
    synchronized (heads) {
      heads.addLast(new Committed(head.header().number(), head.hash(), now));
      if (heads.size() > MAX_HEADS) {
        heads.removeFirst();
      }
    }
  }

  /** Median and 90th percentile over the transfers committed in the last {@code windowMillis}. */
  synchronized Summary summary(long windowMillis) {
    List<Committed> drained;
    synchronized (heads) {
      drained = new ArrayList<>(heads);
      heads.clear();
    }
    for (Committed c : drained) {
      if (c.number() > processedUpTo) {
        chain.block(c.blockHash()).ifPresent(b -> match(b, c.atMillis()));
        processedUpTo = c.number();
      }
    }
    // A page may render between the commit and this listener's turn on the publishing thread: blocks
    // already at the head count as committed now, and their events are ignored when they come.
    long head = chain.head().number();
    long now = clock.millis();
    for (long n = Math.max(processedUpTo + 1, head - MAX_HEADS + 1); n <= head; n++) {
      chain.block(n).ifPresent(b -> match(b, now));
    }
    processedUpTo = Math.max(processedUpTo, head);
    while (samples.size() > MAX_SAMPLES) {
      samples.removeFirst();
    }
    long since = clock.millis() - windowMillis;
    long[] recent = samples.stream().filter(s -> s.atMillis() >= since).mapToLong(Sample::latencyMillis).sorted()
        .toArray();
    if (recent.length == 0) {
      return new Summary(0, 0, 0);
    }
    return new Summary(recent.length, recent[(recent.length - 1) / 2], recent[(int) Math.ceil(0.9 * recent.length) - 1]);
  }

  private void match(Block block, long committedAt) {
    for (Transaction tx : block.transactions()) {
      Long at;
      synchronized (pooledAt) {
        at = pooledAt.remove(tx.hash());
      }
      if (at != null) {
        samples.addLast(new Sample(committedAt, Math.max(0, committedAt - at)));
      }
    }
  }

  @Override
  public void close() {
    registrations.forEach(ChainEvents.Registration::close);
  }
}
