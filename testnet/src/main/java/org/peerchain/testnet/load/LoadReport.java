package org.peerchain.testnet.load;

import java.util.Locale;

/**
 * What a load run achieved.
 *
 * @param offeredTps the rate asked for
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
    return String.format(Locale.ROOT,
        "offered %d transfers/s; submitted %d (%.1f/s), rejected %d; finalized %d (%.1f/s), not finalized %d%n"
            + "submit->receipt latency: p50 %d ms, p90 %d ms, p99 %d ms, max %d ms",
        offeredTps, submitted, submittedTps(), rejected, included, finalizedTps(), missing(),
        latency.percentile(50), latency.percentile(90), latency.percentile(99), latency.max());
  }
}
