package org.peerchain.node.sync.snap;

import java.util.Optional;
import org.peerchain.core.block.Block;
import org.peerchain.core.types.Hash;
import org.peerchain.node.sync.snap.KeySpace.KeyRange;
import org.peerchain.p2p.protocol.BlockWithCertificate;
import org.peerchain.storage.chain.ChainStore;
import org.peerchain.storage.kv.KeyValueStore;
import org.peerchain.storage.snap.AccountRange;
import org.peerchain.storage.snap.KeyInterval;
import org.peerchain.storage.snap.SnapProgress;
import org.peerchain.storage.snap.SnapStateWriter;
import org.peerchain.storage.state.StateHead;
import org.peerchain.storage.state.StatePruning;
import org.peerchain.storage.state.WorldState;

/**
 * A snap sync's accounts and progress in the node's own store ({@link SnapStateWriter} stages the
 * accounts, {@link SnapProgress} records the key intervals done, each after its accounts).
 * Finishing builds the trie and starts the chain at the pivot.
 */
public final class StoreSnapTarget implements SnapTarget {
  private final KeyValueStore kv;
  private final Hash genesisHash;
  private final SnapProgress progress;
  private SnapStateWriter writer;

  public StoreSnapTarget(KeyValueStore kv, Hash genesisHash) {
    this.kv = kv;
    this.genesisHash = genesisHash;
    this.progress = SnapProgress.open(kv);
  }

  @Override
  public Optional<Saved> load() {
    return progress.pivot().map(p -> new Saved(p.blockNumber(), p.stateRoot(),
        progress.missing().stream().map(i -> new KeyRange(i.start(), i.end())).toList()));
  }

  @Override
  public void begin(long height, Hash stateRoot) {
    StateHead pivot = new StateHead(height, stateRoot);
    progress.start(pivot);
    writer = new SnapStateWriter(kv, pivot);
  }

  @Override
  public void write(AccountRange verified, Hash start, Hash end) {
    writer().write(verified);
    progress.markDone(new KeyInterval(start, end));
  }

  @Override
  public void finish(BlockWithCertificate pivot) {
    Block block = pivot.block();
    writer().finish(); // also removes the progress rows, in its last batch
    WorldState state = WorldState.open(kv, StatePruning.archive());
    ChainStore.initializeAt(kv, genesisHash, block, pivot.certificate(),
        PivotCheck.receipts(block).orElseThrow(() -> new IllegalStateException("the pivot's receipts do not match")),
        state::isAvailable);
  }

  private SnapStateWriter writer() {
    if (writer == null) {
      throw new IllegalStateException("no snap sync begun");
    }
    return writer;
  }
}
