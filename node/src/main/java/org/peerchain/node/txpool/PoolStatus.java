package org.peerchain.node.txpool;

/** Counts for txpool_status and metrics. */
public record PoolStatus(int pending, int queued, long bytes) {}
