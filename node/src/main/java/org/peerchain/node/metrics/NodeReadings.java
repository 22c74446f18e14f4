package org.peerchain.node.metrics;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * Figures read when Prometheus scrapes, rather than pushed: each is one cheap, thread-safe read.
 *
 * @param headHeight the finalized head's number
 * @param bestKnownBlock the highest head this node knows of (its own, or a peer's while syncing)
 * @param syncing whether block sync is catching up
 * @param peers connected peers
 * @param peerLimit the most peers this node takes (0 without a peer network)
 * @param poolSize transactions in the pool, pending and queued
 */
public record NodeReadings(LongSupplier headHeight, LongSupplier bestKnownBlock, BooleanSupplier syncing,
    IntSupplier peers, int peerLimit, IntSupplier poolSize) {
  public NodeReadings {
    Objects.requireNonNull(headHeight, "headHeight");
    Objects.requireNonNull(bestKnownBlock, "bestKnownBlock");
    Objects.requireNonNull(syncing, "syncing");
    Objects.requireNonNull(peers, "peers");
    Objects.requireNonNull(poolSize, "poolSize");
  }
}
