package org.peerchain.node.netadapter;

import org.peerchain.node.config.SyncSettings;
import org.peerchain.storage.snap.AccountRangeReader;

/** Which state snapshots a node serves ({@code settings}) and what reads them from its store. */
public record SnapshotSource(SyncSettings settings, AccountRangeReader reader) {}
