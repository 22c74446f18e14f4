package org.peerchain.p2p.peers;

import java.net.InetAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.LongSupplier;
import org.peerchain.p2p.identity.PeerId;

/**
 * Timed bans of node ids and IP addresses, each kind bounded: when full, the ban that would end
 * soonest makes room (it is the least valuable one). Expired bans are purged on every insert and by
 * {@link #purge()}, which the network runs periodically, so memory follows the live bans only.
 * Loopback addresses are never banned by IP: local testnets run every node on one host, and one bad
 * node must not cut off the others.
 */
public final class BanList {
  private final Duration duration;
  private final LongSupplier nanoTime;
  private final Expiring<PeerId> ids;
  private final Expiring<InetAddress> ips;

  public BanList(Duration duration, int maxBans, LongSupplier nanoTime) {
    if (maxBans < 1) {
      throw new IllegalArgumentException("max bans must be at least 1, got " + maxBans);
    }
    this.duration = duration;
    this.nanoTime = nanoTime;
    this.ids = new Expiring<>(maxBans);
    this.ips = new Expiring<>(maxBans);
  }

  public synchronized void ban(PeerId id, InetAddress ip) {
    long now = nanoTime.getAsLong();
    long until = now + duration.toNanos();
    ids.put(id, until, now);
    if (ip != null && !ip.isLoopbackAddress()) {
      ips.put(ip, until, now);
    }
  }

  public synchronized boolean isBanned(PeerId id) {
    return ids.active(id, nanoTime.getAsLong());
  }

  public synchronized boolean isBanned(InetAddress ip) {
    return ip != null && ips.active(ip, nanoTime.getAsLong());
  }

  /** Drops every expired ban. */
  public synchronized void purge() {
    long now = nanoTime.getAsLong();
    ids.purge(now);
    ips.purge(now);
  }

  /** Live bans of ids and of addresses (expired ones not yet purged included). */
  public synchronized int size() {
    return ids.size() + ips.size();
  }

  /** Keys with an expiry, ordered by expiry for purging and eviction. Not thread-safe. */
  private static final class Expiring<K> {
    private record Ban<K>(long until, long seq, K key) {}

    private final int max;
    private final Map<K, Ban<K>> byKey = new HashMap<>();
    // Expiries are nanoTime values: compare by difference, as nanoTime may wrap.
    private final TreeSet<Ban<K>> byExpiry = new TreeSet<>((a, b) -> {
      int c = Long.signum(a.until() - b.until());
      return c != 0 ? c : Long.compare(a.seq(), b.seq());
    });
    private long seq;

    Expiring(int max) {
      this.max = max;
    }

    void put(K key, long until, long now) {
      purge(now);
      Ban<K> old = byKey.remove(key);
      if (old != null) {
        byExpiry.remove(old);
      }
      if (byKey.size() >= max) {
        Ban<K> soonest = byExpiry.pollFirst();
        byKey.remove(soonest.key());
      }
      Ban<K> ban = new Ban<>(until, seq++, key);
      byKey.put(key, ban);
      byExpiry.add(ban);
    }

    boolean active(K key, long now) {
      Ban<K> ban = byKey.get(key);
      if (ban == null) {
        return false;
      }
      if (ban.until() - now <= 0) {
        byKey.remove(key);
        byExpiry.remove(ban);
        return false;
      }
      return true;
    }

    void purge(long now) {
      // Bounded by the number of bans held.
      while (!byExpiry.isEmpty() && byExpiry.first().until() - now <= 0) {
        byKey.remove(byExpiry.pollFirst().key());
      }
    }

    int size() {
      return byKey.size();
    }
  }
}
