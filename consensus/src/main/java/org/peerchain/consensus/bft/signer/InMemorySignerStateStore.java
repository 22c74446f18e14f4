package org.peerchain.consensus.bft.signer;

import java.util.Optional;
import org.peerchain.core.bytes.Bytes;

/** A store that lives as long as the object: for tests, simulations and dev mode without a disk. */
public final class InMemorySignerStateStore implements SignerStateStore {
  private Bytes state;

  @Override
  public synchronized Optional<Bytes> load() {
    return Optional.ofNullable(state);
  }

  @Override
  public synchronized void save(Bytes newState) {
    state = newState;
  }
}
