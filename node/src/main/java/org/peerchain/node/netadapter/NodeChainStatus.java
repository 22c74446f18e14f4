package org.peerchain.node.netadapter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.CommitCertificate;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.types.Hash;
import org.peerchain.node.chain.LocalChain;
import org.peerchain.node.txpool.TxPool;
import org.peerchain.p2p.api.ChainStatus;
import org.peerchain.p2p.api.RangeAnswer;
import org.peerchain.p2p.protocol.BlockWithCertificate;
import org.peerchain.p2p.protocol.SnapshotHeight;

/** The chain, pool and retained state snapshots as the network serves them to peers: finalized blocks only. */
final class NodeChainStatus implements ChainStatus {
  private final long chainId;
  private final Hash genesisHash;
  private final LocalChain chain;
  private final TxPool pool;
  private final Optional<SnapshotServing> snapshots;

  NodeChainStatus(long chainId, Hash genesisHash, LocalChain chain, TxPool pool, Optional<SnapshotServing> snapshots) {
    this.snapshots = snapshots;
    this.chainId = chainId;
    this.genesisHash = genesisHash;
    this.chain = chain;
    this.pool = pool;
  }

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
    return chain.head().number();
  }

  @Override
  public Hash headHash() {
    return chain.head().hash();
  }

  @Override
  public long earliestHeight() {
    return Math.max(1, chain.chain().earliestNumber());
  }

  @Override
  public List<BlockWithCertificate> blocks(long from, int count) {
    List<BlockWithCertificate> out = new ArrayList<>();
    long head = chain.head().number();
    for (long n = Math.max(1, from); n <= head && out.size() < count; n++) {
      Optional<Block> block = chain.chain().blockByNumber(n);
      Optional<CommitCertificate> cert = block.flatMap(b -> chain.chain().certificate(b.hash()));
      if (block.isEmpty() || cert.isEmpty()) {
        break;
      }
      out.add(new BlockWithCertificate(block.get(), cert.get()));
    }
    return out;
  }

  @Override
  public Optional<Transaction> pooledTx(Hash hash) {
    // An impersonated (unsigned) dev transaction never leaves the node; a network pool never holds one.
    return pool.get(hash).filter(tx -> !tx.isImpersonated());
  }

  @Override
  public List<SnapshotHeight> snapshotHeights() {
    return snapshots.map(SnapshotServing::heights).orElse(List.of());
  }

  @Override
  public Optional<RangeAnswer> accountRange(Hash root, Hash start, Hash limit, int byteBudget) {
    return snapshots.flatMap(s -> s.range(root, start, limit, byteBudget));
  }
}
