package org.peerchain.node.netadapter;

import org.peerchain.storage.snap.AccountRangeReader;

/**
 * What reads the snapshots a node serves from its store; which heights are served is the world
 * state's snapshot retention.
 */
public record SnapshotSource(AccountRangeReader reader) {}
