package org.peerchain.node.producer;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.peerchain.consensus.bft.engine.ConsensusEvent.BlockBuilt;
import org.peerchain.consensus.execution.BlockBuilder;
import org.peerchain.consensus.execution.BuiltBlock;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.types.Address;
import org.peerchain.node.chain.ExecutedBlocks;
import org.peerchain.node.chain.LocalChain;
import org.peerchain.node.concurrent.EventLoop;
import org.peerchain.node.txpool.TxPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides when the proposer builds its block, and builds it from the pool. In round 0 it waits:
 * a block is made as soon as transactions wait and the minimum block period has passed since the
 * last block, or, with nothing waiting, once the empty-block period is up. In later rounds the
 * network is already late, so it builds at once. Everything here runs on the consensus loop;
 * transactions that arrive while a block is built or committed go into the next one together.
 */
public final class BlockProducer {
  private static final Logger LOG = LoggerFactory.getLogger(BlockProducer.class);
  /** A block of transfers hits the gas limit long before this; it bounds a block's build work. */
  static final int MAX_TXS_PER_BLOCK = 20_000;

  private record Request(long height, int round) {}

  private final EventLoop loop;
  private final Consumer<BlockBuilt> onBuilt;
  private final LocalChain chain;
  private final TxPool pool;
  private final BlockBuilder builder;
  private final ExecutedBlocks executed;
  private final OwnProposals ownProposals;
  private final Address proposer;
  private final long blockPeriodMs;
  private final long emptyBlockPeriodMs;
  private final LongSupplier millisClock;
  private final AtomicBoolean checkQueued = new AtomicBoolean();
  private Request pending;
  private long lastBlockMillis;
  private long wakeAt = Long.MAX_VALUE;

  public BlockProducer(EventLoop loop, Consumer<BlockBuilt> onBuilt, LocalChain chain, TxPool pool, BlockBuilder builder,
      ExecutedBlocks executed, OwnProposals ownProposals, Address proposer, long blockPeriodMs, long emptyBlockPeriodMs, LongSupplier millisClock) {
    this.loop = loop;
    this.onBuilt = onBuilt;
    this.chain = chain;
    this.pool = pool;
    this.builder = builder;
    this.executed = executed;
    this.ownProposals = ownProposals;
    this.proposer = proposer;
    this.blockPeriodMs = blockPeriodMs;
    this.emptyBlockPeriodMs = emptyBlockPeriodMs;
    this.millisClock = millisClock;
    this.lastBlockMillis = millisClock.getAsLong();
    pool.onNewPending(tx -> poolChanged());
  }

  /** The engine's BuildBlock: this validator proposes at (height, round). */
  public void request(long height, int round) {
    pending = new Request(height, round);
    tryBuild();
  }

  /** A block was committed: the periods count from now, and any request was for the old height. */
  public void onCommitted() {
    lastBlockMillis = millisClock.getAsLong();
    pending = null;
    wakeAt = Long.MAX_VALUE;
  }

  // Called on RPC threads for every pooled transaction: one check is queued at a time.
  private void poolChanged() {
    if (checkQueued.compareAndSet(false, true)) {
      loop.execute(() -> {
        checkQueued.set(false);
        tryBuild();
      });
    }
  }

  private void tryBuild() {
    if (pending == null) {
      return;
    }
    long now = millisClock.getAsLong();
    boolean txsWaiting = pool.hasPending();
    if (pending.round() > 0 || (txsWaiting && now >= lastBlockMillis + blockPeriodMs)
        || now >= lastBlockMillis + emptyBlockPeriodMs) {
      build(pending, now);
      return;
    }
    long wake = txsWaiting ? lastBlockMillis + blockPeriodMs : lastBlockMillis + emptyBlockPeriodMs;
    // One timer per distinct wake-up time: a new transaction must not add a timer each.
    if (wake != wakeAt) {
      wakeAt = wake;
      loop.schedule(this::tryBuild, wake - now);
    }
  }

  private void build(Request request, long nowMillis) {
    pending = null;
    wakeAt = Long.MAX_VALUE;
    BlockHeader parent = chain.head();
    if (parent.number() + 1 != request.height()) {
      LOG.debug("Not building for height {}: the head is {}", request.height(), parent.number());
      return;
    }
    long timestamp = Math.max(parent.timestamp(), nowMillis / 1000);
    long start = System.nanoTime();
    BuiltBlock built = builder.build(parent, proposer, timestamp,
        pool.selectForBlock(parent.gasLimit(), MAX_TXS_PER_BLOCK), chain.state(), Bytes.EMPTY);
    if (!built.skipped().isEmpty()) {
      LOG.debug("Left {} pooled transactions out of block {}: first {}", built.skipped().size(), request.height(),
          built.skipped().get(0).rejection().message());
    }
    executed.put(built.executed(), System.nanoTime() - start);
    ownProposals.beforeProposing(built.block());
    onBuilt.accept(new BlockBuilt(request.height(), request.round(), built.block()));
  }
}
