package org.peerchain.p2p.peers;

import java.net.InetAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.LongSupplier;
import org.peerchain.p2p.identity.PeerId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Penalty points per node id. Points fade by one every {@link #DECAY} so that rare faults of a
 * long-lived peer never add up to a ban; reaching {@link #BAN_THRESHOLD} bans the peer.
 */
public final class PeerScores {
  private static final Logger LOG = LoggerFactory.getLogger(PeerScores.class);

  public static final int BAN_THRESHOLD = 100;
  public static final Duration DECAY = Duration.ofSeconds(10);
  private static final int MAX_TRACKED = 10_000;

  private record Score(int points, long at) {}

  private final BanList bans;
  private final LongSupplier nanoTime;
  private final Map<PeerId, Score> scores = new HashMap<>();

  public PeerScores(BanList bans, LongSupplier nanoTime) {
    this.bans = bans;
    this.nanoTime = nanoTime;
  }

  /** Adds points; returns true when this banned the peer. */
  public synchronized boolean penalize(PeerId id, InetAddress ip, int points, String why) {
    if (points <= 0) {
      return false;
    }
    long now = nanoTime.getAsLong();
    int total = current(id, now) + points;
    LOG.debug("Peer {} penalized {} points ({} in total): {}", id.shortId(), points, total, why);
    if (total >= BAN_THRESHOLD) {
      scores.remove(id);
      bans.ban(id, ip);
      LOG.debug("Peer {} banned", id.shortId());
      return true;
    }
    if (scores.size() >= MAX_TRACKED && !scores.containsKey(id)) {
      prune(now);
    }
    scores.put(id, new Score(total, now));
    return false;
  }

  /** Current penalty points (0 = clean). */
  public synchronized int points(PeerId id) {
    return current(id, nanoTime.getAsLong());
  }

  private int current(PeerId id, long now) {
    Score s = scores.get(id);
    if (s == null) {
      return 0;
    }
    long faded = (now - s.at()) / DECAY.toNanos();
    return (int) Math.max(0, s.points() - faded);
  }

  private void prune(long now) {
    for (Iterator<Map.Entry<PeerId, Score>> it = scores.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<PeerId, Score> e = it.next();
      if (current(e.getKey(), now) == 0) {
        it.remove();
      }
    }
    if (scores.size() >= MAX_TRACKED) {
      scores.remove(scores.keySet().iterator().next());
    }
  }
}
