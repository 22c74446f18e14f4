package org.peerchain.node.chain;

import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.peerchain.consensus.execution.ExecutionResult.Executed;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.block.CommitCertificate;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.node.events.NodeEvent.BlockFinalized;
import org.peerchain.node.events.NodeEvent.HeadAdvanced;
import org.peerchain.node.events.NodeEvents;
import org.peerchain.node.metrics.NodeMetrics;
import org.peerchain.node.txpool.TxPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a final block the head: chain, receipts, indexes and state in one synced batch (the chain
 * store's), then the in-memory views follow: world state head, tx pool, subscribers, metrics, and
 * the one INFO line per block.
 */
public final class BlockCommitter {
  private static final Logger LOG = LoggerFactory.getLogger(BlockCommitter.class);

  private final LocalChain chain;
  private final TxPool pool;
  private final NodeEvents events;
  private final NodeMetrics metrics;
  private final LongSupplier nanoClock;
  private final Supplier<Map<String, Bytes>> signerRows;

  public BlockCommitter(LocalChain chain, TxPool pool, NodeEvents events, NodeMetrics metrics, LongSupplier nanoClock) {
    this(chain, pool, events, metrics, nanoClock, Map::of);
  }

  /** @param signerRows consensus records that go in each block's batch (a sole validator's, {@link BatchedSignerStateStore}) */
  public BlockCommitter(LocalChain chain, TxPool pool, NodeEvents events, NodeMetrics metrics, LongSupplier nanoClock,
      Supplier<Map<String, Bytes>> signerRows) {
    this.signerRows = signerRows;
    this.chain = chain;
    this.pool = pool;
    this.events = events;
    this.metrics = metrics;
    this.nanoClock = nanoClock;
  }

  /** @param executionNanos how long executing (or building) the block took; the commit's time is added */
  public void commit(Executed executed, CommitCertificate certificate, long executionNanos) {
    long start = nanoClock.getAsLong();
    Block block = executed.block();
    chain.chain().commitBlock(block, certificate, executed.receipts(), executed.stateCommit(), signerRows.get());
    chain.state().onCommitted(executed.stateCommit());
    BlockHeader header = block.header();
    chain.advance(header);
    pool.onBlockCommitted(block.transactions());
    long nanos = executionNanos + nanoClock.getAsLong() - start;
    metrics.onBlockCommitted(header.number(), block.transactions().size(), nanos);
    var status = pool.status();
    metrics.onPool(status.pending(), status.queued());
    LOG.info("Finalized block #{} {} | {} txs | {} gas | round {} | {} ms", header.number(), shortHash(block),
        block.transactions().size(), header.gasUsed(), certificate.round(), String.format("%.1f", nanos / 1e6));
    events.publish(new BlockFinalized(header, certificate));
    events.publish(new HeadAdvanced(header));
  }

  private static String shortHash(Block block) {
    String hex = block.hash().toHexString();
    return hex.substring(0, 8) + ".." + hex.substring(hex.length() - 4);
  }
}
