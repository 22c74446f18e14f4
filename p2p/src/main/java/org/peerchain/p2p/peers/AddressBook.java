package org.peerchain.p2p.peers;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import org.peerchain.p2p.identity.PeerAddress;
import org.peerchain.p2p.identity.PeerId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Known node addresses by id, in two kinds. A <em>tried</em> entry is an address we once completed
 * an outbound connection to; a <em>learned</em> one is hearsay from a peer (its {@code source}).
 * Hearsay is held to rules that bound what one liar can do: it must be an IP literal that passes
 * {@link RelayRule}; it never replaces a known id's address and never evicts a tried entry; one
 * source subnet holds at most {@code perSource} learned entries and one address subnet (/24, /48)
 * at most {@code perSubnet} entries (LAN subnets are exempt, as local testnets live in one); and it
 * is dropped after {@link #MAX_LEARNED_FAILURES} failed dials. Only a successful connection to a new
 * address moves a known id there. Dial candidates are drawn at random among the best, one subnet
 * at a time. Thread-safe.
 */
public final class AddressBook {
  private static final Logger LOG = LoggerFactory.getLogger(AddressBook.class);

  public static final int MAX_LEARNED_FAILURES = 3;
  public static final int MAX_TRIED_FAILURES = 10;

  /** Bounds: entries in all, per address subnet (public ones), learned entries per source subnet. */
  public record Limits(int capacity, int perSubnet, int perSource) {
    public Limits {
      if (capacity < 1 || perSubnet < 1 || perSource < 1) {
        throw new IllegalArgumentException("address book limits must be at least 1: " + capacity + ", " + perSubnet
            + ", " + perSource);
      }
    }

    public static Limits of(int capacity) {
      return new Limits(capacity, 32, 64);
    }
  }

  /**
   * One known node; {@code lastSeenMillis} is 0 for a node we never connected to, and only such a
   * learned entry has a {@code source}: the address of the peer that told us.
   */
  public record Entry(PeerAddress address, long lastSeenMillis, int failures, Optional<InetAddress> source) {
    public boolean tried() {
      return lastSeenMillis > 0;
    }

    PeerId id() {
      return address.id().orElseThrow();
    }

    /** Lower is better: failures count most, and a tried address beats hearsay. */
    int rank() {
      return failures * 2 + (tried() ? 0 : 1);
    }
  }

  /** An entry with the groups it counts in, worked out once. */
  private record Slot(Entry entry, String subnet, boolean lan, String sourceSubnet) {
    static Slot of(Entry e) {
      Optional<InetAddress> ip = IpRanges.literal(e.address().host());
      return new Slot(e, ip.map(Subnet::of).orElseGet(() -> Subnet.ofHost(e.address().host())),
          ip.map(IpRanges::isLan).orElse(false), e.source().map(Subnet::of).orElse(""));
    }

    Slot with(Entry e) {
      return new Slot(e, subnet, lan, sourceSubnet);
    }
  }

  // Eviction order: hearsay before any tried entry, then most failures, then the longest unseen
  // (for hearsay, the order of the map: the oldest learned).
  private static final Comparator<Slot> WORST_FIRST = Comparator.comparing((Slot s) -> s.entry().tried())
      .thenComparing(Comparator.comparingInt((Slot s) -> s.entry().failures()).reversed())
      .thenComparingLong(s -> s.entry().lastSeenMillis());

  private final PeerId self;
  private final Limits limits;
  private final LongSupplier clockMillis;
  private final Random random;
  private final Map<PeerId, Slot> entries = new LinkedHashMap<>();
  private final Map<String, PeerId> byHostPort = new HashMap<>();

  public AddressBook(PeerId self, Limits limits, LongSupplier clockMillis, Random random) {
    this.self = self;
    this.limits = limits;
    this.clockMillis = clockMillis;
    this.random = random;
  }

  public AddressBook(PeerId self, int capacity, LongSupplier clockMillis) {
    this(self, Limits.of(capacity), clockMillis, new Random());
  }

  /**
   * Takes hearsay: {@code address} as told by the peer at {@code source}. Returns true when it was
   * added; a known id, a refused address or no room give false.
   */
  public synchronized boolean learn(PeerAddress address, InetAddress source) {
    return learn(address, source, 0);
  }

  private boolean learn(PeerAddress address, InetAddress source, int failures) {
    PeerId id = idOf(address);
    if (id.equals(self) || entries.containsKey(id)) {
      return false;
    }
    Optional<InetAddress> ip = IpRanges.literal(address.host());
    if (ip.isEmpty()) {
      LOG.debug("Not learning {} from {}: not an IP address", address, source);
      return false;
    }
    Optional<String> refused = RelayRule.check(source, ip.get());
    if (refused.isPresent()) {
      LOG.debug("Not learning {} from {}: {}", address, source, refused.get());
      return false;
    }
    if (byHostPort.containsKey(address.hostPort())) {
      return false;
    }
    Slot slot = Slot.of(new Entry(address, 0, failures, Optional.of(source)));
    if (!makeRoom(slot, s -> !s.entry().tried() && s.sourceSubnet().equals(slot.sourceSubnet()), limits.perSource(),
        false)) {
      return false;
    }
    put(slot);
    return true;
  }

  /**
   * Takes the listen address an inbound peer gave for itself: hearsay from that peer, except that it
   * may move the peer's own learned (never tried) entry, since only that peer can speak for itself.
   */
  public synchronized boolean learnFromItself(PeerAddress address) {
    Optional<InetAddress> ip = IpRanges.literal(address.host());
    if (ip.isEmpty()) {
      return false;
    }
    Slot known = entries.get(idOf(address));
    if (known != null && !known.entry().tried() && !known.entry().address().equals(address)) {
      remove(known);
    }
    return learn(address, ip.get(), 0);
  }

  /** A connection to {@code address} succeeded: it is tried, and becomes the id's address. */
  public synchronized void markSeen(PeerAddress address) {
    tried(address, clockMillis.getAsLong(), 0);
  }

  private boolean tried(PeerAddress address, long seenMillis, int failures) {
    PeerId id = idOf(address);
    if (id.equals(self)) {
      return false;
    }
    Slot slot = Slot.of(new Entry(address, Math.max(1, seenMillis), failures, Optional.empty()));
    Optional.ofNullable(entries.get(id)).ifPresent(this::remove);
    // Another id's entry at this very address is stale: the connection proved who is there.
    Optional.ofNullable(byHostPort.get(address.hostPort())).map(entries::get).ifPresent(this::remove);
    if (!makeRoom(slot, s -> false, Integer.MAX_VALUE, true)) {
      return false;
    }
    put(slot);
    return true;
  }

  /**
   * Frees a place for {@code entry} under the share limit ({@code share}, {@code max}), its subnet's
   * limit and the capacity, evicting the worst of each group; hearsay never evicts a tried entry.
   */
  private boolean makeRoom(Slot slot, Predicate<Slot> share, int max, boolean mayEvictTried) {
    // Narrowest group first: what leaves it also leaves the wider ones.
    if (!slot.lan()) {
      if (!evictIfFull(s -> s.subnet().equals(slot.subnet()), limits.perSubnet(), mayEvictTried)) {
        return false;
      }
    }
    return evictIfFull(share, max, mayEvictTried) && evictIfFull(e -> true, limits.capacity(), mayEvictTried);
  }

  private boolean evictIfFull(Predicate<Slot> group, int max, boolean mayEvictTried) {
    List<Slot> members = entries.values().stream().filter(group).toList();
    int excess = members.size() - max + 1;
    if (excess <= 0) {
      return true;
    }
    List<Slot> evictable = members.stream().filter(s -> mayEvictTried || !s.entry().tried()).sorted(WORST_FIRST)
        .toList();
    if (evictable.size() < excess) {
      return false;
    }
    evictable.subList(0, excess).forEach(this::remove);
    return true;
  }

  private void put(Slot slot) {
    entries.put(slot.entry().id(), slot);
    byHostPort.put(slot.entry().address().hostPort(), slot.entry().id());
  }

  private void remove(Slot slot) {
    entries.remove(slot.entry().id());
    byHostPort.remove(slot.entry().address().hostPort(), slot.entry().id());
  }

  /**
   * Restores a saved entry under the same rules as live ones; returns whether it was kept. A
   * learned entry without its source, or one about to be dropped for failures, is not.
   */
  public synchronized boolean restore(Entry entry) {
    long now = clockMillis.getAsLong();
    if (entry.tried()) {
      int failures = Math.max(0, Math.min(entry.failures(), MAX_TRIED_FAILURES - 1));
      return tried(entry.address(), Math.min(entry.lastSeenMillis(), now), failures);
    }
    int failures = Math.max(0, entry.failures());
    return entry.source().isPresent() && failures < MAX_LEARNED_FAILURES
        && learn(entry.address(), entry.source().get(), failures);
  }

  /** A dial failed: counts against the entry, which goes after too many failures in a row. */
  public synchronized void markFailed(PeerId id) {
    Slot slot = entries.get(id);
    if (slot == null) {
      return;
    }
    Entry e = slot.entry();
    int failures = e.failures() + 1;
    if (failures >= (e.tried() ? MAX_TRIED_FAILURES : MAX_LEARNED_FAILURES)) {
      remove(slot);
    } else {
      entries.put(id, slot.with(new Entry(e.address(), e.lastSeenMillis(), failures, e.source())));
    }
  }

  /**
   * Up to {@code max} dial candidates not matching {@code exclude}: subnet by subnet, each subnet's
   * best first, and at random among equally good ones, so that no subnet and no ordering an
   * attacker can predict decides whom we dial.
   */
  public synchronized List<PeerAddress> select(int max, Predicate<PeerId> exclude) {
    return pick(max, e -> !exclude.test(e.id()));
  }

  /** Up to {@code max} tried addresses (never hearsay) to tell a peer about, chosen as {@link #select}. */
  public synchronized List<PeerAddress> shareable(int max, Predicate<PeerId> exclude) {
    return pick(max, e -> e.tried() && !exclude.test(e.id()));
  }

  private List<PeerAddress> pick(int max, Predicate<Entry> eligible) {
    Map<String, List<Entry>> bySubnet = new LinkedHashMap<>();
    for (Slot s : entries.values()) {
      if (eligible.test(s.entry())) {
        bySubnet.computeIfAbsent(s.subnet(), k -> new ArrayList<>()).add(s.entry());
      }
    }
    List<List<Entry>> groups = new ArrayList<>(bySubnet.values());
    for (List<Entry> g : groups) {
      Collections.shuffle(g, random);
      g.sort(Comparator.comparingInt(Entry::rank));
    }
    List<PeerAddress> out = new ArrayList<>();
    // Round by round, one entry from each subnet, the rounds' picks best first.
    for (int round = 0; out.size() < max && !groups.isEmpty(); round++) {
      final int r = round;
      groups.removeIf(g -> g.size() <= r);
      List<Entry> picks = new ArrayList<>();
      for (List<Entry> g : groups) {
        picks.add(g.get(r));
      }
      Collections.shuffle(picks, random);
      picks.sort(Comparator.comparingInt(Entry::rank));
      for (Entry e : picks) {
        if (out.size() == max) {
          break;
        }
        out.add(e.address());
      }
    }
    return out;
  }

  public synchronized Optional<Entry> get(PeerId id) {
    return Optional.ofNullable(entries.get(id)).map(Slot::entry);
  }

  public synchronized List<Entry> entries() {
    return entries.values().stream().map(Slot::entry).toList();
  }

  public synchronized int size() {
    return entries.size();
  }

  private static PeerId idOf(PeerAddress address) {
    return address.id().orElseThrow(() -> new IllegalArgumentException("an address book entry needs a node id"));
  }
}
