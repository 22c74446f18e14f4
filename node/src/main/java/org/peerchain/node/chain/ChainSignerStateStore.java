package org.peerchain.node.chain;

import java.util.Optional;
import org.peerchain.consensus.bft.signer.SignerStateStore;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.storage.chain.ChainStore;

/** The double-sign guard's record, in the chain store's consensus-signer column (synced on every save). */
public final class ChainSignerStateStore implements SignerStateStore {
  private final ChainStore chain;
  private final String key;

  public ChainSignerStateStore(ChainStore chain, String key) {
    this.chain = chain;
    this.key = key;
  }

  @Override
  public Optional<Bytes> load() {
    return chain.signerState(key);
  }

  @Override
  public void save(Bytes state) {
    chain.putSignerState(key, state);
  }
}
