package org.peerchain.p2p.peers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import org.peerchain.p2p.identity.PeerAddress;
import org.peerchain.p2p.identity.PeerId;

/**
 * Known node addresses by id, bounded: when full, the entry with the most failed dials (then the
 * longest unseen) makes room. Entries come from bootnodes, peer exchange and our own sessions;
 * {@link AddressBookFile} keeps them across restarts.
 */
public final class AddressBook {
  /** One known node; {@code lastSeenMillis} is 0 for a node we never had a session with. */
  public record Entry(PeerAddress address, long lastSeenMillis, int failures) {}

  private static final Comparator<Entry> BEST_FIRST = Comparator.comparingInt(Entry::failures)
      .thenComparing(Comparator.comparingLong(Entry::lastSeenMillis).reversed());

  private final PeerId self;
  private final int capacity;
  private final LongSupplier clockMillis;
  private final Map<PeerId, Entry> entries = new LinkedHashMap<>();

  public AddressBook(PeerId self, int capacity, LongSupplier clockMillis) {
    this.self = self;
    this.capacity = capacity;
    this.clockMillis = clockMillis;
  }

  /**
   * Learns an address (it must carry an id). A known id keeps its entry unless that one is failing.
   * Returns true when the id was not known before.
   */
  public synchronized boolean add(PeerAddress address) {
    PeerId id = address.id().orElseThrow(() -> new IllegalArgumentException("an address book entry needs a node id"));
    if (id.equals(self)) {
      return false;
    }
    Entry existing = entries.get(id);
    if (existing != null) {
      if (existing.failures() > 0 && !existing.address().equals(address)) {
        entries.put(id, new Entry(address, existing.lastSeenMillis(), 0));
      }
      return false;
    }
    if (entries.size() >= capacity) {
      entries.values().stream().max(BEST_FIRST).ifPresent(worst -> entries.remove(worst.address().id().orElseThrow()));
    }
    entries.put(id, new Entry(address, 0, 0));
    return true;
  }

  /** Restores an entry as saved. */
  public synchronized void restore(Entry entry) {
    PeerId id = entry.address().id().orElseThrow();
    if (!id.equals(self) && (entries.size() < capacity || entries.containsKey(id))) {
      entries.put(id, entry);
    }
  }

  /** A session was established: the address works. */
  public synchronized void markSeen(PeerAddress address) {
    PeerId id = address.id().orElseThrow();
    if (!id.equals(self)) {
      if (!entries.containsKey(id)) {
        add(address);
      }
      entries.put(id, new Entry(address, clockMillis.getAsLong(), 0));
    }
  }

  public synchronized void markFailed(PeerId id) {
    Entry e = entries.get(id);
    if (e != null) {
      entries.put(id, new Entry(e.address(), e.lastSeenMillis(), e.failures() + 1));
    }
  }

  /** Up to {@code max} addresses, best first, skipping ids {@code exclude} matches. */
  public synchronized List<PeerAddress> best(int max, Predicate<PeerId> exclude) {
    return entries.values().stream()
        .filter(e -> !exclude.test(e.address().id().orElseThrow()))
        .sorted(BEST_FIRST)
        .limit(max)
        .map(Entry::address)
        .toList();
  }

  public synchronized Optional<Entry> get(PeerId id) {
    return Optional.ofNullable(entries.get(id));
  }

  public synchronized List<Entry> entries() {
    return new ArrayList<>(entries.values());
  }

  public synchronized int size() {
    return entries.size();
  }
}
