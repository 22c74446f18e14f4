package org.peerchain.p2p.api;

import java.util.List;
import java.util.Optional;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.types.Hash;
import org.peerchain.p2p.protocol.BlockWithCertificate;
import org.peerchain.p2p.protocol.SnapshotHeight;

/**
 * What the network needs from the node's chain and pool. Called on network threads: every method
 * must be quick and thread-safe (reads of finalized data and of the pool only).
 */
public interface ChainStatus {
  long chainId();

  Hash genesisHash();

  /** The height of the latest finalized block (0 while only genesis exists). */
  long headHeight();

  Hash headHash();

  /**
   * The lowest height from which this node holds every block up to its head, announced in Status
   * (docs/protocol.md §4.1): 1 unless the chain started at a snap sync's pivot.
   */
  default long earliestHeight() {
    return 1;
  }

  /**
   * Up to {@code count} consecutive finalized blocks from height {@code from} (at least 1), with
   * their certificates; fewer (possibly none) when the chain ends earlier.
   */
  List<BlockWithCertificate> blocks(long from, int count);

  /** A transaction waiting in the pool, to answer a peer's GetTxs. */
  Optional<Transaction> pooledTx(Hash hash);

  /**
   * The certified heights whose state this node serves, ascending (docs/protocol.md §6.9). None by
   * default: a node without retained snapshots answers GetSnapshotHeights with an empty list.
   */
  default List<SnapshotHeight> snapshotHeights() {
    return List.of();
  }

  /**
   * The accounts of state {@code root} with keys in {@code [start, limit]}, in key order, stopping
   * after about {@code byteBudget} bytes, with the proof of the range's edges; empty when this node
   * does not serve that root. Called off the I/O threads; may take a while.
   */
  default Optional<RangeAnswer> accountRange(Hash root, Hash start, Hash limit, int byteBudget) {
    return Optional.empty();
  }

  /** A node that has only the genesis block and an empty pool: a light or brand-new peer, and test peers. */
  static ChainStatus atGenesis(long chainId, Hash genesisHash) {
    return new ChainStatus() {
      @Override
      public long chainId() {
        return chainId;
      }

      @Override
      public Hash genesisHash() {
        return genesisHash;
      }

      @Override
      public long headHeight() {
        return 0;
      }

      @Override
      public Hash headHash() {
        return genesisHash;
      }

      @Override
      public List<BlockWithCertificate> blocks(long from, int count) {
        return List.of();
      }

      @Override
      public Optional<Transaction> pooledTx(Hash hash) {
        return Optional.empty();
      }
    };
  }
}
