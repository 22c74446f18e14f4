package org.peerchain.storage.chain;

import org.peerchain.storage.kv.Snapshot;

/**
 * The chain as of one commit, head included: for reads that must agree with each other (the head
 * block with its receipts, a range of blocks). It pins storage, so close it promptly.
 */
public final class ChainSnapshot extends ForwardingChainView implements AutoCloseable {
  private final Snapshot snapshot;

  ChainSnapshot(Snapshot snapshot) {
    super(new KvChainView(snapshot));
    this.snapshot = snapshot;
  }

  /** The head as of this snapshot: at or after any {@link ChainStore#head()} read before taking it. */
  public ChainHead head() {
    return view().head().orElseThrow(() -> new IllegalStateException("snapshot of a store without a head"));
  }

  @Override
  public void close() {
    snapshot.close();
  }
}
