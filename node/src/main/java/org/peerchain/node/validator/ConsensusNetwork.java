package org.peerchain.node.validator;

import org.peerchain.consensus.bft.message.ConsensusMessage;

/** Where the engine's signed messages go: the peers. A node without peers (dev) sends nowhere. */
public interface ConsensusNetwork {
  ConsensusNetwork NONE = message -> {};

  void broadcast(ConsensusMessage message);
}
