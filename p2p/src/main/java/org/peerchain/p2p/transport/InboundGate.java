package org.peerchain.p2p.transport;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Decides at accept time whether an inbound connection may start its TLS handshake, and counts the
 * ones still unauthenticated. "Per address" means per IPv4 address or per IPv6 /64. The checks run cheapest-for-the-attacker first: the address's own
 * rate, its pending count, then the shared pending count and the shared rate, so that one address
 * refused by its own limits never spends the tokens or places that other addresses need.
 * Thread-safe.
 */
public final class InboundGate {
  /** Per-address rate state kept for at most this many addresses; the least recently seen goes first. */
  static final int MAX_TRACKED_ADDRESSES = 4096;

  /** The outcome of {@link #enter}: a permit to release once, or the reason the connection is refused. */
  public sealed interface Ticket permits Permit, Refused {}

  /** Holds one pending place until released (idempotent). */
  public final class Permit implements Ticket {
    private final InetAddress ip;
    private boolean released;

    private Permit(InetAddress ip) {
      this.ip = ip;
    }

    public void release() {
      synchronized (InboundGate.this) {
        if (!released) {
          released = true;
          leave(ip);
        }
      }
    }
  }

  public record Refused(String reason) implements Ticket {}

  private final InboundLimits limits;
  private final LongSupplier nanoTime;
  private final TokenBucket global;
  private final Map<InetAddress, TokenBucket> rates = new LinkedHashMap<>(16, 0.75f, true);
  private final Map<InetAddress, Integer> pendingByIp = new HashMap<>();
  private int pending;

  public InboundGate(InboundLimits limits, LongSupplier nanoTime) {
    this.limits = limits;
    this.nanoTime = nanoTime;
    this.global = new TokenBucket(limits.burst(), limits.perSecond(), nanoTime);
  }

  public synchronized Ticket enter(InetAddress remote) {
    InetAddress ip = holderOf(remote);
    if (!rateOf(ip).tryTake()) {
      return new Refused("more than " + limits.perSecondPerIp() + " connections a second from " + ip.getHostAddress());
    }
    int mine = pendingByIp.getOrDefault(ip, 0);
    if (mine >= limits.maxPendingPerIp()) {
      return new Refused(mine + " unauthenticated connections from " + ip.getHostAddress() + " already");
    }
    if (pending >= limits.maxPending()) {
      return new Refused(pending + " unauthenticated connections already");
    }
    if (!global.tryTake()) {
      return new Refused("more than " + limits.perSecond() + " connections a second");
    }
    pending++;
    pendingByIp.put(ip, mine + 1);
    return new Permit(ip);
  }

  public synchronized int pending() {
    return pending;
  }

  public synchronized int pending(InetAddress remote) {
    return pendingByIp.getOrDefault(holderOf(remote), 0);
  }

  /**
   * What one party is taken to hold: an IPv4 address, or an IPv6 address's /64, since a single
   * host is commonly given a whole /64 and could otherwise pick a fresh address per connection.
   */
  static InetAddress holderOf(InetAddress ip) {
    byte[] b = ip.getAddress();
    if (b.length == 4) {
      return ip;
    }
    Arrays.fill(b, 8, 16, (byte) 0);
    try {
      return InetAddress.getByAddress(b);
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }

  synchronized int trackedAddresses() {
    return rates.size();
  }

  private void leave(InetAddress ip) {
    pending--;
    pendingByIp.computeIfPresent(ip, (k, n) -> n <= 1 ? null : n - 1);
  }

  private TokenBucket rateOf(InetAddress ip) {
    TokenBucket bucket = rates.get(ip);
    if (bucket == null) {
      if (rates.size() >= MAX_TRACKED_ADDRESSES) {
        forgetOne();
      }
      bucket = new TokenBucket(limits.burstPerIp(), limits.perSecondPerIp(), nanoTime);
      rates.put(ip, bucket);
    }
    return bucket;
  }

  private void forgetOne() {
    // A full bucket carries no history; otherwise the least recently seen address starts afresh
    // (the shared bucket still bounds what many addresses can do together). Looks at a bounded prefix.
    Iterator<TokenBucket> it = rates.values().iterator();
    for (int looked = 0; it.hasNext() && looked < 64; looked++) {
      if (it.next().isFull()) {
        it.remove();
        return;
      }
    }
    it = rates.values().iterator();
    it.next();
    it.remove();
  }
}
