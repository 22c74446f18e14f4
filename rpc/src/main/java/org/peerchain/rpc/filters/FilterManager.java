package org.peerchain.rpc.filters;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.peerchain.core.types.Hash;
import org.peerchain.rpc.api.ChainEvents;
import org.peerchain.rpc.api.NewHead;
import org.peerchain.rpc.subscriptions.SubscriptionIds;

/**
 * Polling filters (eth_newBlockFilter and friends). Bounded: at most {@code maxFilters} at once,
 * each buffering at most {@link #MAX_BUFFERED} hashes; a filter not polled for five minutes is
 * removed, as geth does. Expiry is checked when filters are used, so no timer thread is needed.
 */
public final class FilterManager implements AutoCloseable {
  public static final Duration IDLE_TIMEOUT = Duration.ofMinutes(5);
  public static final int MAX_BUFFERED = 10_000;

  private final int maxFilters;
  private final LongSupplier nanoClock;
  private final Map<String, Filter> filters = new ConcurrentHashMap<>();
  private final List<ChainEvents.Registration> registrations;

  public FilterManager(ChainEvents events, int maxFilters, LongSupplier nanoClock) {
    this.maxFilters = maxFilters;
    this.nanoClock = nanoClock;
    this.registrations = List.of(
        events.onNewHead(this::onHead), events.onNewPendingTransaction(this::onPendingTransaction));
  }

  /** The new filter's id; empty when {@code maxFilters} are installed and none has expired. */
  public synchronized Optional<String> install(FilterKind kind) {
    long now = nanoClock.getAsLong();
    expire(now);
    if (filters.size() >= maxFilters) {
      return Optional.empty();
    }
    String id = SubscriptionIds.next();
    filters.put(id, new Filter(kind, MAX_BUFFERED, now));
    return Optional.of(id);
  }

  /** What arrived since the last poll; empty when there is no such filter (or it expired). */
  public Optional<List<Hash>> changes(String id) {
    long now = nanoClock.getAsLong();
    expire(now);
    Filter f = filters.get(id);
    return f == null ? Optional.empty() : Optional.of(f.drain(now));
  }

  /** The filter's kind, counting as a use of it. */
  public Optional<FilterKind> kind(String id) {
    long now = nanoClock.getAsLong();
    expire(now);
    Filter f = filters.get(id);
    if (f == null) {
      return Optional.empty();
    }
    f.touch(now);
    return Optional.of(f.kind());
  }

  public boolean uninstall(String id) {
    return filters.remove(id) != null;
  }

  public int size() {
    return filters.size();
  }

  private void onHead(NewHead head) {
    deliver(FilterKind.BLOCKS, head.hash());
  }

  private void onPendingTransaction(Hash hash) {
    deliver(FilterKind.PENDING_TRANSACTIONS, hash);
  }

  private void deliver(FilterKind kind, Hash hash) {
    expire(nanoClock.getAsLong());
    for (Filter f : filters.values()) {
      if (f.kind() == kind) {
        f.add(hash);
      }
    }
  }

  private void expire(long now) {
    long cutoff = now - IDLE_TIMEOUT.toNanos();
    filters.values().removeIf(f -> f.idleSince(cutoff));
  }

  @Override
  public void close() {
    registrations.forEach(ChainEvents.Registration::close);
    filters.clear();
  }
}
