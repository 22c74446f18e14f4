package org.peerchain.node.producer;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.peerchain.consensus.bft.engine.ConsensusEvent.BlockBuilt;
import org.peerchain.consensus.execution.BlockBuilder;
import org.peerchain.consensus.execution.BuiltBlock;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.types.Address;
import org.peerchain.node.chain.ExecutedBlocks;
import org.peerchain.node.chain.LocalChain;
import org.peerchain.node.concurrent.EventLoop;
import org.peerchain.node.txpool.TxPool;
import org.peerchain.storage.state.Account;
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
  private final Optional<DevMining> dev;
  private final AtomicBoolean checkQueued = new AtomicBoolean();
  private Request pending;
  private DevOrder building;
  private long lastBlockMillis;
  private long wakeAt = Long.MAX_VALUE;

  public BlockProducer(EventLoop loop, Consumer<BlockBuilt> onBuilt, LocalChain chain, TxPool pool, BlockBuilder builder,
      ExecutedBlocks executed, OwnProposals ownProposals, Address proposer, long blockPeriodMs, long emptyBlockPeriodMs, LongSupplier millisClock) {
    this(loop, onBuilt, chain, pool, builder, executed, ownProposals, proposer, blockPeriodMs, emptyBlockPeriodMs,
        millisClock, Optional.empty());
  }

  /** @param dev a dev chain's mining mode, orders and clock; empty on a network */
  public BlockProducer(EventLoop loop, Consumer<BlockBuilt> onBuilt, LocalChain chain, TxPool pool, BlockBuilder builder,
      ExecutedBlocks executed, OwnProposals ownProposals, Address proposer, long blockPeriodMs, long emptyBlockPeriodMs,
      LongSupplier millisClock, Optional<DevMining> dev) {
    this.dev = dev;
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
    DevOrder done = building;
    building = null;
    if (done != null) {
      done.done().complete(chain.head());
    }
  }

  /**
   * The chain was taken back (a dev chain's evm_revert): like a commit, the request was for another
   * height; a dev order being built is answered with the error, as its block will not come.
   */
  public void onRewound() {
    lastBlockMillis = millisClock.getAsLong();
    pending = null;
    wakeAt = Long.MAX_VALUE;
    DevOrder lost = building;
    building = null;
    if (lost != null) {
      lost.done().completeExceptionally(new IllegalStateException("the chain was reverted before the block was final"));
    }
  }

  /** Something of the dev chain's mining changed (an order, the mode): looks again on the loop. */
  public void devChanged() {
    poolChanged();
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
    if (dev.isPresent()) {
      tryBuildDev(dev.get());
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

  /**
   * A dev chain: an order first; else, with automine, pending transactions (after the block period)
   * or the empty-block period; with interval mining, the interval; with neither, nothing.
   */
  private void tryBuildDev(DevMining mining) {
    long now = millisClock.getAsLong();
    Optional<DevOrder> order = mining.nextOrder();
    if (order.isPresent()) {
      mining.taken(order.get());
      build(pending, now, order.get());
      return;
    }
    long wake;
    if (mining.automine()) {
      boolean txsWaiting = pool.hasPending();
      if (pending.round() > 0 || (txsWaiting && now >= lastBlockMillis + blockPeriodMs)
          || now >= lastBlockMillis + emptyBlockPeriodMs) {
        build(pending, now, null);
        return;
      }
      wake = txsWaiting ? lastBlockMillis + blockPeriodMs : lastBlockMillis + emptyBlockPeriodMs;
    } else if (mining.intervalMs() > 0) {
      if (now >= lastBlockMillis + mining.intervalMs()) {
        build(pending, now, null);
        return;
      }
      wake = lastBlockMillis + mining.intervalMs();
    } else {
      return;
    }
    if (wake != wakeAt) {
      wakeAt = wake;
      loop.schedule(this::tryBuild, wake - now);
    }
  }

  private void build(Request request, long nowMillis) {
    build(request, nowMillis, null);
  }

  private void build(Request request, long nowMillis, DevOrder order) {
    pending = null;
    wakeAt = Long.MAX_VALUE;
    BlockHeader parent = chain.head();
    if (parent.number() + 1 != request.height()) {
      LOG.debug("Not building for height {}: the head is {}", request.height(), parent.number());
      if (order != null) {
        dev.orElseThrow().requeue(order);
      }
      return;
    }
    boolean cheat = order != null && !order.withTransactions();
    // A cheat's block keeps the parent's time: setting a balance is not a moment passing.
    long timestamp = cheat ? parent.timestamp()
        : dev.map(d -> d.nextBlockTimestamp(parent, nowMillis,
            order == null ? OptionalLong.empty() : order.timestamp()))
            .orElse(Math.max(parent.timestamp(), nowMillis / 1000));
    long start = System.nanoTime();
    List<Transaction> candidates = cheat ? List.of() : pool.selectForBlock(parent.gasLimit(), MAX_TXS_PER_BLOCK);
    Bytes extra = order == null ? Bytes.EMPTY : Bytes.wrap(order.label().getBytes(StandardCharsets.US_ASCII));
    Map<Address, Account> setAccounts = new HashMap<>();
    if (order != null) {
      // A cheat's block has no transactions: the head's accounts are the parent's.
      order.changes().forEach((address, change) -> setAccounts.put(address, change.apply(chain.state().account(address))));
    }
    BuiltBlock built = builder.build(parent, proposer, timestamp, candidates, chain.state(), extra, setAccounts);
    building = order;
    if (!built.skipped().isEmpty()) {
      LOG.debug("Left {} pooled transactions out of block {}: first {}", built.skipped().size(), request.height(),
          built.skipped().get(0).rejection().message());
    }
    executed.put(built.executed(), System.nanoTime() - start);
    ownProposals.beforeProposing(built.block());
    onBuilt.accept(new BlockBuilt(request.height(), request.round(), built.block()));
  }
}
