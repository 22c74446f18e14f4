package org.peerchain.node.sync.snap;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.peerchain.core.block.Block;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.rlp.RlpReader;
import org.peerchain.core.rlp.RlpWriter;
import org.peerchain.core.types.Hash;
import org.peerchain.p2p.protocol.BlockWithCertificate;
import org.peerchain.p2p.protocol.SnapshotHeight;
import org.peerchain.storage.chain.ChainStore;
import org.peerchain.storage.kv.KeyValueStore;
import org.peerchain.storage.kv.KvIterator;
import org.peerchain.storage.kv.WriteBatch;
import org.peerchain.storage.schema.Schema;
import org.peerchain.storage.snap.AccountRange;
import org.peerchain.storage.snap.SnapStateWriter;
import org.peerchain.storage.state.StateHead;
import org.peerchain.storage.state.WorldState;
import org.peerchain.storage.state.StatePruning;

/**
 * A snap sync's progress and accounts in the node's own store: the pivot and the parts still to
 * fetch in the snap progress column (each write synced before the next request is planned from
 * it), the accounts staged by {@link SnapStateWriter}. Finishing builds the trie and starts the
 * chain at the pivot; a crash in between is finished again on the next start.
 */
public final class StoreSnapTarget implements SnapTarget {
  private static final String PIVOT = "pivot";
  private static final String REMAINING = "remaining";

  private final KeyValueStore kv;
  private final Hash genesisHash;
  private SnapStateWriter writer;

  public StoreSnapTarget(KeyValueStore kv, Hash genesisHash) {
    this.kv = kv;
    this.genesisHash = genesisHash;
  }

  @Override
  public Optional<Saved> load() {
    Optional<Bytes> pivot = kv.get(Schema.SNAP_PROGRESS, PIVOT);
    Optional<Bytes> remaining = kv.get(Schema.SNAP_PROGRESS, REMAINING);
    if (pivot.isEmpty() || remaining.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(RlpReader.decodeSingle(pivot.get(), r -> {
      RlpReader l = r.enterList();
      SnapshotHeight h = new SnapshotHeight(l.readLong(), l.readHash(), l.readHash());
      int parts = l.readInt();
      l.expectEnd();
      return new Saved(h, parts, decodeRemaining(remaining.get()));
    }));
  }

  @Override
  public void begin(SnapshotHeight pivot, int parts) {
    // The accounts staged for another root are not those of this one.
    try (KvIterator<Hash, Bytes> staged = kv.iterate(Schema.SNAP_ACCOUNTS)) {
      WriteBatch batch = kv.newBatch();
      int rows = 0;
      while (staged.hasNext()) {
        batch.delete(Schema.SNAP_ACCOUNTS, staged.next().key());
        if (++rows % 20_000 == 0) {
          batch.commit();
          batch.close();
          batch = kv.newBatch();
        }
      }
      Bytes encoded = RlpWriter.encodeList(w -> w.writeLong(pivot.height()).writeHash(pivot.blockHash())
          .writeHash(pivot.stateRoot()).writeInt(parts));
      batch.put(Schema.SNAP_PROGRESS, PIVOT, encoded);
      batch.delete(Schema.SNAP_PROGRESS, REMAINING);
      batch.commit();
      batch.close();
    }
    writer = null;
  }

  @Override
  public void write(AccountRange verified) {
    writer().write(verified);
  }

  @Override
  public void saveRemaining(Map<Integer, Hash> remaining) {
    try (WriteBatch batch = kv.newBatch()) {
      batch.put(Schema.SNAP_PROGRESS, REMAINING, encodeRemaining(remaining));
      batch.commit();
    }
  }

  @Override
  public void finish(BlockWithCertificate pivot) {
    Block block = pivot.block();
    WorldState state = WorldState.open(kv, StatePruning.archive());
    // A crash after the trie was built and before the chain was started: the trie is all there.
    if (!state.isAvailable(block.header().stateRoot())) {
      writer().finish();
    }
    ChainStore.initializeAt(kv, genesisHash, block, pivot.certificate(),
        PivotCheck.receipts(block).orElseThrow(() -> new IllegalStateException("the pivot's receipts do not match")),
        state::isAvailable);
    try (WriteBatch batch = kv.newBatch()) {
      batch.delete(Schema.SNAP_PROGRESS, PIVOT);
      batch.delete(Schema.SNAP_PROGRESS, REMAINING);
      batch.commit();
    }
  }

  private SnapStateWriter writer() {
    if (writer == null) {
      SnapshotHeight pivot = load().map(Saved::pivot).or(() -> kv.get(Schema.SNAP_PROGRESS, PIVOT)
          .map(b -> RlpReader.decodeSingle(b, r -> {
            RlpReader l = r.enterList();
            return new SnapshotHeight(l.readLong(), l.readHash(), l.readHash());
          }))).orElseThrow(() -> new IllegalStateException("no snap sync begun"));
      writer = new SnapStateWriter(kv, new StateHead(pivot.height(), pivot.stateRoot()));
    }
    return writer;
  }

  static Bytes encodeRemaining(Map<Integer, Hash> remaining) {
    return RlpWriter.encodeList(w -> remaining.forEach((i, key) -> w.startList().writeInt(i).writeHash(key).endList()));
  }

  static Map<Integer, Hash> decodeRemaining(Bytes encoded) {
    return RlpReader.decodeSingle(encoded, r -> {
      Map<Integer, Hash> out = new TreeMap<>();
      RlpReader l = r.enterList();
      while (l.hasNext()) {
        RlpReader e = l.enterList();
        out.put(e.readInt(), e.readHash());
        e.expectEnd();
      }
      return out;
    });
  }
}
