package org.peerchain.node.chain;

import java.util.Map;
import java.util.Optional;
import org.peerchain.consensus.bft.signer.SignerStateStore;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.storage.chain.ChainStore;

/**
 * The double-sign guard's record of a validator that is the whole validator set and has no network
 * (a dev chain): kept in memory when saved, and written with the next block, in that block's one
 * synced batch ({@link BlockCommitter}).
 *
 * <p>The guard exists so that no one ever holds two conflicting signatures of ours. Without a
 * network, a signature leaves this process only inside a committed block's certificate, in the same
 * batch as this record. A crash before that batch leaves no block, no certificate and no record of
 * the height anywhere: signing another block at that height after the restart conflicts with
 * nothing anyone has seen. A crash after it leaves the record with the block. So the record needs no
 * sync of its own here; with peers (or other validators) each signature is broadcast before the
 * block commits, and {@link ChainSignerStateStore} syncs it before signing, as before.
 */
public final class BatchedSignerStateStore implements SignerStateStore {
  private final ChainStore chain;
  private final String key;
  private volatile Bytes latest;

  public BatchedSignerStateStore(ChainStore chain, String key) {
    this.chain = chain;
    this.key = key;
  }

  @Override
  public Optional<Bytes> load() {
    Bytes unsaved = latest;
    return unsaved != null ? Optional.of(unsaved) : chain.signerState(key);
  }

  @Override
  public void save(Bytes state) {
    latest = state;
  }

  /** The rows the next block's batch carries: the last record saved since the start or a rewind, if any. */
  public Map<String, Bytes> pendingRows() {
    Bytes unsaved = latest;
    return unsaved == null ? Map.of() : Map.of(key, unsaved);
  }

  /** The chain was taken back: the records of the heights above it go, as the stored ones did. */
  public void discard() {
    latest = null;
  }
}
