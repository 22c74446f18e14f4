package org.peerchain.rpc.api;

/** txpool_status: executable transactions and those waiting for a nonce gap to close. */
public record PoolStatus(int pending, int queued) {
  public PoolStatus {
    if (pending < 0 || queued < 0) {
      throw new IllegalArgumentException("pool counts must not be negative: " + pending + ", " + queued);
    }
  }
}
