package org.peerchain.consensus.sim;

import java.util.ArrayList;
import java.util.List;
import org.peerchain.consensus.bft.engine.Tendermint;
import org.peerchain.consensus.bft.signer.InMemorySignerStateStore;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.CommitCertificate;
import org.peerchain.core.crypto.KeyPair;
import org.peerchain.core.types.Hash;

/**
 * One simulated validator. Its signer store and committed chain survive a crash (they are "on
 * disk"); the engine does not. The incarnation tells timers and answers of a previous life apart.
 */
final class SimNode {
  final int index;
  final KeyPair key;
  final Behavior byzantine;
  final InMemorySignerStateStore store = new InMemorySignerStateStore();
  final List<Block> blocks = new ArrayList<>();
  final List<CommitCertificate> certificates = new ArrayList<>();
  Tendermint engine;
  int incarnation;

  SimNode(int index, KeyPair key, Behavior byzantine) {
    this.index = index;
    this.key = key;
    this.byzantine = byzantine;
  }

  boolean alive() {
    return engine != null;
  }

  boolean honest() {
    return byzantine == null;
  }

  Hash head() {
    return blocks.isEmpty() ? SimBlocks.GENESIS : blocks.get(blocks.size() - 1).hash();
  }

  long nextHeight() {
    return blocks.size() + 1L;
  }

  String name() {
    return (honest() ? "v" : "B") + index;
  }
}
