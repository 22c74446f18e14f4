package org.peerchain.rpc.methods;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Objects;
import java.util.Optional;
import org.peerchain.rpc.api.ChainAccess;
import org.peerchain.rpc.api.ChainEvents;
import org.peerchain.rpc.api.DevControl;
import org.peerchain.rpc.api.DevSigner;
import org.peerchain.rpc.api.NodeInfo;
import org.peerchain.rpc.api.TxSubmitter;
import org.peerchain.rpc.filters.FilterManager;

/** What the method classes are built from. */
public record MethodContext(
    ChainAccess chain,
    TxSubmitter pool,
    NodeInfo node,
    Optional<DevSigner> devSigner,
    FilterManager filters,
    ObjectMapper mapper,
    ChainEvents events,
    TxSyncSettings txSync,
    Optional<DevControl> devControl) {

  public MethodContext(ChainAccess chain, TxSubmitter pool, NodeInfo node, Optional<DevSigner> devSigner,
      FilterManager filters, ObjectMapper mapper, ChainEvents events, TxSyncSettings txSync) {
    this(chain, pool, node, devSigner, filters, mapper, events, txSync, Optional.empty());
  }

  public MethodContext {
    Objects.requireNonNull(devControl, "devControl");
    Objects.requireNonNull(chain, "chain");
    Objects.requireNonNull(pool, "pool");
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(devSigner, "devSigner");
    Objects.requireNonNull(filters, "filters");
    Objects.requireNonNull(mapper, "mapper");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(txSync, "txSync");
  }
}
