package org.peerchain.rpc.methods;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits of eth_sendRawTransactionSync (EIP-7966). A waiting call holds one of the server's worker
 * threads, so at most {@code maxWaiting} calls wait at once and none waits longer than
 * {@code maxTimeout}; a caller's timeout above it is cut down to it.
 *
 * @param defaultTimeout the wait when the caller gives no timeout (or 0)
 * @param maxTimeout the longest wait any call gets
 * @param maxWaiting calls waiting at once; more are refused before their transaction is submitted
 */
public record TxSyncSettings(Duration defaultTimeout, Duration maxTimeout, int maxWaiting) {
  /** As geth's defaults for the method: 20 s unless asked, never more than 30 s here. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
  public static final Duration DEFAULT_MAX_TIMEOUT = Duration.ofSeconds(30);

  public TxSyncSettings {
    Objects.requireNonNull(defaultTimeout, "defaultTimeout");
    Objects.requireNonNull(maxTimeout, "maxTimeout");
    if (defaultTimeout.isNegative() || defaultTimeout.isZero()) {
      throw new IllegalArgumentException("defaultTimeout must be positive, got " + defaultTimeout);
    }
    if (maxTimeout.compareTo(defaultTimeout) < 0) {
      throw new IllegalArgumentException("maxTimeout " + maxTimeout + " is below defaultTimeout " + defaultTimeout);
    }
    if (maxWaiting <= 0) {
      throw new IllegalArgumentException("maxWaiting must be positive, got " + maxWaiting);
    }
  }

  /** A quarter of the worker threads may wait; the rest keep answering everything else. */
  public static TxSyncSettings forThreads(int maxThreads) {
    return new TxSyncSettings(DEFAULT_TIMEOUT, DEFAULT_MAX_TIMEOUT, Math.max(1, maxThreads / 4));
  }

  /** The wait for a caller's timeout in milliseconds; null or 0 means the default. */
  public Duration effectiveTimeout(Long requestedMillis) {
    if (requestedMillis == null || requestedMillis == 0) {
      return defaultTimeout;
    }
    Duration requested = Duration.ofMillis(requestedMillis);
    return requested.compareTo(maxTimeout) > 0 ? maxTimeout : requested;
  }
}
