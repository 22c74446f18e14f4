package org.peerchain.node.metrics;

/** Where a running snap sync stands, as its metrics show it. */
public record SnapSyncReading(long accounts, long bytes, int rangesDone, int rangesTotal, int peers) {}
