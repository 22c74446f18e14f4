package org.peerchain.p2p.api;

import java.util.List;
import java.util.function.Consumer;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.types.Hash;
import org.peerchain.p2p.identity.PeerId;

/**
 * What the network hands to the node. Every method is called on a Netty event-loop thread and
 * must not block: queue the work and return. A throwing method is logged and does not affect the
 * connection.
 */
public interface P2pHandler {
  /**
   * A consensus message (ConsensusMessageCodec bytes) not seen before. The node checks it off the
   * network thread and answers through {@code verdict} exactly once, from any thread; gossip relays
   * it only on {@link Validation#ACCEPT} and charges {@code from} on {@link Validation#REJECT}.
   */
  void onConsensusMessage(PeerId from, byte[] message, Consumer<Validation> verdict);

  /**
   * Transactions not seen before, decoded but not validated. The node adds them to its pool,
   * re-announces the ones it accepts with {@link P2pNetwork#announceTxs}, and penalizes a peer that
   * sends invalid ones with {@link P2pNetwork#penalize}.
   */
  void onTransactions(PeerId from, List<Transaction> transactions);

  /** A peer announced a block at {@code height}; a node behind requests it with requestBlocks. */
  void onNewBlock(PeerId from, long height, Hash hash);

  default void onPeerConnected(PeerInfo peer) {}

  default void onPeerDisconnected(PeerInfo peer) {}
}
