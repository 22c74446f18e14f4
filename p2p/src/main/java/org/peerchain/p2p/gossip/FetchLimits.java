package org.peerchain.p2p.gossip;

import java.time.Duration;
import java.util.Objects;
import org.peerchain.p2p.protocol.ProtocolLimits;

/**
 * Bounds of the transaction fetcher ({@link TxFetcher}): how long an asked peer has, how many
 * peers are tried, and how much it remembers. {@link #DEFAULT} follows geth's fetcher where it has a
 * counterpart (4096 announcements per peer, 256 hashes per request).
 *
 * @param timeout how long an asked peer has to deliver before the next announcer is asked
 * @param maxTries peers asked for one hash before it is given up
 * @param announcersPerHash peers remembered per hash as fallbacks
 * @param announcedPerPeer hashes one peer may have waiting on it, so that one peer cannot fill
 *     the fetcher
 * @param maxTracked hashes being fetched in total
 * @param inFlightPerPeer hashes asked of one peer and not yet delivered
 * @param maxInFlight hashes asked of all peers and not yet delivered
 */
public record FetchLimits(Duration timeout, int maxTries, int announcersPerHash, int announcedPerPeer, int maxTracked,
    int inFlightPerPeer, int maxInFlight) {

  public static final FetchLimits DEFAULT =
      new FetchLimits(Duration.ofSeconds(5), 5, 8, 4096, 65_536, ProtocolLimits.MAX_TX_REQUEST, 16_384);

  public FetchLimits {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive, got " + timeout);
    }
    positive("maxTries", maxTries);
    positive("announcersPerHash", announcersPerHash);
    positive("announcedPerPeer", announcedPerPeer);
    positive("maxTracked", maxTracked);
    positive("inFlightPerPeer", inFlightPerPeer);
    positive("maxInFlight", maxInFlight);
  }

  private static void positive(String name, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
  }
}
