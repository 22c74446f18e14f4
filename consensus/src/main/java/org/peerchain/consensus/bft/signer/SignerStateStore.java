package org.peerchain.consensus.bft.signer;

import java.util.Optional;
import org.peerchain.core.bytes.Bytes;

/**
 * Where a validator keeps the record of what it last signed. The node implements it over
 * {@code ChainStore.signerState / putSignerState}.
 */
public interface SignerStateStore {
  /** The last saved record, or empty if none was ever saved. */
  Optional<Bytes> load();

  /** Stores {@code state}; it must be durable (synced) when this returns. Failures throw. */
  void save(Bytes state);
}
