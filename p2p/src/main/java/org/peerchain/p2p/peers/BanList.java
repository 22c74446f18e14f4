package org.peerchain.p2p.peers;

import java.net.InetAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import org.peerchain.p2p.identity.PeerId;

/**
 * Timed bans of node ids and IP addresses. Loopback addresses are never banned by IP: local
 * testnets run every node on one host, and one bad node must not cut off the others.
 */
public final class BanList {
  private final Duration duration;
  private final LongSupplier nanoTime;
  private final Map<PeerId, Long> ids = new HashMap<>();
  private final Map<InetAddress, Long> ips = new HashMap<>();

  public BanList(Duration duration, LongSupplier nanoTime) {
    this.duration = duration;
    this.nanoTime = nanoTime;
  }

  public synchronized void ban(PeerId id, InetAddress ip) {
    long until = nanoTime.getAsLong() + duration.toNanos();
    ids.put(id, until);
    if (ip != null && !ip.isLoopbackAddress()) {
      ips.put(ip, until);
    }
  }

  public synchronized boolean isBanned(PeerId id) {
    return active(ids, id);
  }

  public synchronized boolean isBanned(InetAddress ip) {
    return ip != null && active(ips, ip);
  }

  private <K> boolean active(Map<K, Long> bans, K key) {
    Long until = bans.get(key);
    if (until == null) {
      return false;
    }
    if (until - nanoTime.getAsLong() <= 0) {
      bans.remove(key);
      return false;
    }
    return true;
  }
}
