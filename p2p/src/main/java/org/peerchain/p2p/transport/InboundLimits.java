package org.peerchain.p2p.transport;

/**
 * Bounds on inbound connections that have not authenticated yet (TLS and Status not done):
 * how many may be pending at once, in all and per remote IP, and how fast new ones are accepted,
 * in all and per remote IP (token buckets: {@code burst} at once, then {@code perSecond}).
 */
public record InboundLimits(int maxPending, int maxPendingPerIp, int burst, double perSecond, int burstPerIp,
    double perSecondPerIp) {
  /**
   * One address holds at most 8 of 64 pending places and opens at most 5 connections a second
   * after a burst of 20, so a handful of addresses cannot keep the others out; a local testnet, all
   * on 127.0.0.1, starts within a few of its dialers' retries.
   */
  public static final InboundLimits DEFAULT = new InboundLimits(64, 8, 100, 50, 20, 5);

  public InboundLimits {
    require(maxPending >= 1, "max pending inbound connections must be at least 1");
    require(maxPendingPerIp >= 1 && maxPendingPerIp <= maxPending,
        "max pending inbound connections per IP must be in 1..maxPending");
    require(burst >= 1 && burstPerIp >= 1, "accept bursts must be at least 1");
    require(perSecond > 0 && perSecondPerIp > 0 && Double.isFinite(perSecond) && Double.isFinite(perSecondPerIp),
        "accept rates must be positive");
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }
}
