package org.peerchain.node.p2p.sync;

import java.util.Optional;
import org.peerchain.node.p2p.BlockWithCertificate;

/** What sync hands downloaded blocks to: the node's verify-and-execute path. Called on the sync thread. */
public interface BlockSink {
  /** The height of the latest applied block (0 = genesis only). */
  long headHeight();

  /**
   * Verifies the certificate against the validator set, executes the block and commits it; blocks
   * arrive strictly in height order, each at {@code headHeight() + 1}.
   *
   * @return empty when applied, else why the block is invalid (its sender is penalized)
   */
  Optional<String> apply(BlockWithCertificate block);
}
