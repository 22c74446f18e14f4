package org.peerchain.p2p.peers;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;
import org.peerchain.p2p.identity.PeerAddress;
import org.peerchain.p2p.identity.PeerId;
import org.peerchain.p2p.session.PeerSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps outbound connections up, one {@link #tick()} at a time on a single thread: static peers
 * are redialed forever, free outbound slots are filled from the bootnodes and then the address
 * book's random, subnet-diverse picks (at most one outbound peer per public subnet), and every
 * failing address waits out its exponential backoff. Nothing else starts a dial.
 */
public final class Dialer {
  private static final Logger LOG = LoggerFactory.getLogger(Dialer.class);
  /** Ids learned by dialing an address without one; bounded, the oldest forgotten first. */
  private static final int MAX_LEARNED_IDS = 4096;

  /** Opens a connection; completes true once a session is established, false when it never is. */
  @FunctionalInterface
  public interface Connector {
    CompletableFuture<Optional<PeerId>> dial(PeerAddress address);
  }

  private final PeerId self;
  private final List<PeerAddress> staticPeers;
  private final List<PeerAddress> bootnodes;
  private final int maxOutbound;
  private final PeerRegistry peers;
  private final AddressBook book;
  private final BanList bans;
  private final Backoff backoff;
  private final Connector connector;
  private final LongSupplier nanoTime;
  // Touched from tick() and from dial completions, which run on other threads.
  private final Set<String> dialing = new HashSet<>();
  private final Map<String, PeerId> learned = new LinkedHashMap<>() {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, PeerId> eldest) {
      return size() > MAX_LEARNED_IDS;
    }
  };
  private final Set<String> staticKeys = new HashSet<>();

  public Dialer(PeerId self, List<PeerAddress> staticPeers, List<PeerAddress> bootnodes, int maxOutbound,
      PeerRegistry peers, AddressBook book, BanList bans, Backoff backoff, Connector connector, LongSupplier nanoTime) {
    this.self = self;
    this.staticPeers = List.copyOf(staticPeers);
    this.bootnodes = List.copyOf(bootnodes);
    this.maxOutbound = maxOutbound;
    this.peers = peers;
    this.book = book;
    this.bans = bans;
    this.backoff = backoff;
    this.connector = connector;
    this.nanoTime = nanoTime;
    staticPeers.forEach(a -> staticKeys.add(a.hostPort()));
  }

  /** Dials what is missing now; returns how many dials it started. */
  public synchronized int tick() {
    long now = nanoTime.getAsLong();
    int started = 0;
    for (PeerAddress a : staticPeers) {
      if (dialable(a, now)) {
        dial(a);
        started++;
      }
    }
    int free = maxOutbound - peers.outboundCount() - (int) dialing.stream().filter(k -> !staticKeys.contains(k)).count();
    if (free <= 0) {
      return started;
    }
    for (PeerAddress a : bootnodes) {
      if (free > 0 && dialable(a, now)) {
        dial(a);
        started++;
        free--;
      }
    }
    // Beyond the configured nodes, one outbound peer per public subnet: many addresses in one
    // subnet are cheap for one operator, so they must not fill our outbound slots.
    Set<String> busySubnets = new HashSet<>();
    for (PeerSession s : peers.sessions()) {
      if (s.outbound() && !s.staticPeer()) {
        busySubnets.add(Subnet.of(s.connection().remoteIp()));
      }
    }
    dialing.forEach(k -> busySubnets.add(Subnet.ofHost(hostOf(k))));
    for (PeerAddress a : book.select(maxOutbound * 4, id -> peers.isConnected(id) || bans.isBanned(id))) {
      if (free == 0) {
        break;
      }
      String subnet = Subnet.ofHost(a.host());
      boolean lan = IpRanges.literal(a.host()).map(IpRanges::isLan).orElse(false);
      if ((lan || !busySubnets.contains(subnet)) && dialable(a, now)) {
        dial(a);
        busySubnets.add(subnet);
        started++;
        free--;
      }
    }
    return started;
  }

  private static String hostOf(String hostPort) {
    String host = hostPort.substring(0, hostPort.lastIndexOf(':'));
    return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
  }

  public synchronized boolean isDialing() {
    return !dialing.isEmpty();
  }

  private boolean dialable(PeerAddress a, long now) {
    String key = a.hostPort();
    Optional<PeerId> id = a.id().or(() -> Optional.ofNullable(learned.get(key)));
    if (id.isPresent() && (id.get().equals(self) || peers.isConnected(id.get()) || bans.isBanned(id.get()))) {
      return false;
    }
    return !dialing.contains(key) && backoff.ready(key, now);
  }

  private void dial(PeerAddress a) {
    String key = a.hostPort();
    dialing.add(key);
    LOG.debug("Dialing {}", a);
    CompletableFuture<Optional<PeerId>> outcome;
    try {
      outcome = connector.dial(a);
    } catch (RuntimeException e) {
      outcome = CompletableFuture.completedFuture(Optional.empty());
    }
    outcome.whenComplete((id, error) -> finished(a, id == null ? Optional.empty() : id));
  }

  private synchronized void finished(PeerAddress a, Optional<PeerId> id) {
    String key = a.hostPort();
    dialing.remove(key);
    if (id.isPresent()) {
      backoff.succeeded(key);
      learned.put(key, id.get());
    } else {
      backoff.failed(key, nanoTime.getAsLong());
      a.id().or(() -> Optional.ofNullable(learned.get(key))).ifPresent(book::markFailed);
      LOG.debug("Dial of {} failed {} time(s) in a row", a, backoff.failures(key));
    }
  }
}
