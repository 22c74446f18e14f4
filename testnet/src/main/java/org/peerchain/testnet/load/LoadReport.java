package org.peerchain.testnet.load;

import java.util.Locale;

/**
 * What a load run achieved.
 *
 * @param offeredTps the rate asked for; 0 when streams send as fast as they are answered
 * @param submitted transfers a node accepted
 * @param rejected transfers every node refused (or none could take)
 * @param included transfers seen in a finalized block
 * @param sendSeconds how long sending went on
 * @param spanSeconds from the first submission to the last inclusion
 */
public record LoadReport(int offeredTps, long submitted, long rejected, long included, double sendSeconds,
    double spanSeconds, LatencyStats latency) {

  public double submittedTps() {
    return sendSeconds <= 0 ? 0 : submitted / sendSeconds;
  }

  public double finalizedTps() {
    return spanSeconds <= 0 ? 0 : included / spanSeconds;
  }

  public long missing() {
    return submitted - included;
  }

  public String describe() {
    String offered = offeredTps > 0 ? String.format(Locale.ROOT, "offered %d transfers/s", offeredTps)
        : "offered as fast as answered";
    return String.format(Locale.ROOT,
        "%s; submitted %d (%.1f/s), rejected %d; finalized %d (%.1f/s), not finalized %d%n"
            + "submit->receipt latency: p50 %d ms, p90 %d ms, p99 %d ms, max %d ms",
        offered, submitted, submittedTps(), rejected, included, finalizedTps(), missing(),
        latency.percentile(50), latency.percentile(90), latency.percentile(99), latency.max());
  }
}
