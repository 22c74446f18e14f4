package org.peerchain.rpc.explorer;

import java.time.Clock;
import java.util.Objects;
import org.peerchain.rpc.api.AddressHistory;
import org.peerchain.rpc.api.ChainAccess;
import org.peerchain.rpc.api.ChainEvents;
import org.peerchain.rpc.api.NodeInfo;
import org.peerchain.rpc.api.TxSubmitter;

/**
 * What the explorer reads: the chain, the pool, the node, the address index and the chain's
 * events, the same interfaces the JSON-RPC methods use.
 *
 * @param liveUpdates whether pages may subscribe to new heads over the server's WebSocket
 */
public record ExplorerSources(ChainAccess chain, TxSubmitter pool, NodeInfo node, AddressHistory history,
    ChainEvents events, Clock clock, boolean liveUpdates) {
  public ExplorerSources {
    Objects.requireNonNull(chain, "chain");
    Objects.requireNonNull(pool, "pool");
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(clock, "clock");
  }
}
