package org.peerchain.rpc.server;

import java.util.Objects;
import java.util.Optional;
import org.peerchain.rpc.api.ChainAccess;
import org.peerchain.rpc.api.ChainEvents;
import org.peerchain.rpc.api.DevControl;
import org.peerchain.rpc.api.DevSigner;
import org.peerchain.rpc.api.NodeInfo;
import org.peerchain.rpc.api.TxSubmitter;

/** The node as the RPC server uses it. */
public record RpcBackend(
    ChainAccess chain, TxSubmitter pool, NodeInfo node, ChainEvents events, Optional<DevSigner> devSigner,
    Optional<DevControl> devControl) {
  /** A node without cheats (every node but {@code peerchain dev}). */
  public RpcBackend(ChainAccess chain, TxSubmitter pool, NodeInfo node, ChainEvents events, Optional<DevSigner> devSigner) {
    this(chain, pool, node, events, devSigner, Optional.empty());
  }

  public RpcBackend {
    Objects.requireNonNull(devControl, "devControl");
    Objects.requireNonNull(chain, "chain");
    Objects.requireNonNull(pool, "pool");
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(events, "events");
    Objects.requireNonNull(devSigner, "devSigner");
  }
}
