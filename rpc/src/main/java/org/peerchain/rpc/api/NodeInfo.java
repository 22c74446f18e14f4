package org.peerchain.rpc.api;

import java.util.List;
import java.util.Optional;

/** Facts about the running node that are not chain data. Implemented by the node. */
public interface NodeInfo {
  /** e.g. "peerchain/v0.1.0/linux-amd64/java17". */
  String clientVersion();

  long chainId();

  int peerCount();

  /** Whether the node accepts peer connections (net_listening). */
  default boolean listening() {
    return true;
  }

  /** Empty when the node is in sync. */
  Optional<SyncProgress> syncing();

  /** The consensus engine's current height, round, step and the like, for peerchain_consensusState. */
  ConsensusState consensusState();

  List<ValidatorInfo> validators();

  /**
   * Equivocations this node has seen (two conflicting signed messages of one validator), oldest
   * first, for peerchain_evidence. Empty on an honest network.
   */
  default List<EvidenceInfo> evidence() {
    return List.of();
  }

  /**
   * Why the node cannot do its job (consensus halted on an internal failure), for GET /health,
   * which then answers 503; empty while the node is healthy.
   */
  default Optional<String> unhealthyReason() {
    return Optional.empty();
  }

  /**
   * Whether the node runs a peer-to-peer network at all; a dev node does not, and GET /readiness
   * then asks for no peers (as Besu with P2P off).
   */
  default boolean peerToPeer() {
    return true;
  }

  /** The node key's public key, hex. */
  String nodeId();

  /** {@code peerchain://<nodeid-hex>@host:port}. */
  String enode();
}
