package org.peerchain.node.config;

import java.math.BigInteger;
import org.peerchain.core.types.UInt256;
import org.peerchain.node.txpool.TxPoolConfig;
import picocli.CommandLine.Option;

/** Transaction pool limits; the defaults are {@link TxPoolConfig#DEFAULT}'s. */
public final class PoolOptions {
  private static final TxPoolConfig D = TxPoolConfig.DEFAULT;

  @Option(names = "--txpool-max-pending", paramLabel = "N", defaultValue = "" + 10_000,
      description = "Most executable transactions in the pool (default: ${DEFAULT-VALUE}).")
  public int maxPending;

  @Option(names = "--txpool-max-queued", paramLabel = "N", defaultValue = "" + 5_000,
      description = "Most future-nonce transactions in the pool (default: ${DEFAULT-VALUE}).")
  public int maxQueued;

  @Option(names = "--txpool-max-pending-per-sender", paramLabel = "N", defaultValue = "" + 1_024,
      description = "Most executable transactions of one sender (default: ${DEFAULT-VALUE}).")
  public int maxPendingPerSender;

  @Option(names = "--txpool-max-queued-per-sender", paramLabel = "N", defaultValue = "" + 64,
      description = "Most future-nonce transactions of one sender (default: ${DEFAULT-VALUE}).")
  public int maxQueuedPerSender;

  @Option(names = "--txpool-min-tip", paramLabel = "WEI", defaultValue = "0",
      description = "Least max priority fee per gas accepted, in wei (default: ${DEFAULT-VALUE}).")
  public BigInteger minTip;

  public void validate() {
    OptionChecks.positive("--txpool-max-pending", maxPending);
    OptionChecks.positive("--txpool-max-queued", maxQueued);
    OptionChecks.positive("--txpool-max-pending-per-sender", maxPendingPerSender);
    OptionChecks.positive("--txpool-max-queued-per-sender", maxQueuedPerSender);
    if (minTip.signum() < 0 || minTip.bitLength() > 256) {
      throw new ConfigException("invalid value for --txpool-min-tip: " + minTip + " is not a wei amount");
    }
  }

  public TxPoolConfig toConfig() {
    return D.withLimits(maxPending, maxQueued, maxPendingPerSender, maxQueuedPerSender)
        .withMinTip(UInt256.valueOf(minTip));
  }
}
