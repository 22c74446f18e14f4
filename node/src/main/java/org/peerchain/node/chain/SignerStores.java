package org.peerchain.node.chain;

import org.peerchain.consensus.bft.ValidatorSet;
import org.peerchain.consensus.bft.signer.SignerStateStore;
import org.peerchain.core.types.Address;
import org.peerchain.storage.chain.ChainStore;

/** Which double-sign guard store a validator gets. */
public final class SignerStores {
  private SignerStores() {}

  /**
   * The sole validator of a node without a network (a dev chain) gets a {@link BatchedSignerStateStore}:
   * no signature of its leaves the process before its block commits, so the record rides in the
   * block's batch. Every other validator gets a {@link ChainSignerStateStore}, synced before each
   * signature leaves.
   */
  public static SignerStateStore forValidator(ChainStore chain, String key, ValidatorSet validators, Address me,
      boolean networked) {
    return batched(validators, me, networked) ? new BatchedSignerStateStore(chain, key) : new ChainSignerStateStore(chain, key);
  }

  static boolean batched(ValidatorSet validators, Address me, boolean networked) {
    return !networked && validators.size() == 1 && validators.contains(me) && validators.isQuorum(validators.power(me));
  }
}
