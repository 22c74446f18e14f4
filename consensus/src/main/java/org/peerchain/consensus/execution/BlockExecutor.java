package org.peerchain.consensus.execution;

import static org.peerchain.consensus.execution.BlockRejection.Reason.GAS_USED_MISMATCH;
import static org.peerchain.consensus.execution.BlockRejection.Reason.RECEIPTS_ROOT_MISMATCH;
import static org.peerchain.consensus.execution.BlockRejection.Reason.STATE_ROOT_MISMATCH;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.peerchain.consensus.ledger.TxRejection;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.block.Receipt;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.types.Hash;
import org.peerchain.storage.state.StateCommit;
import org.peerchain.storage.state.StateHead;
import org.peerchain.storage.state.WorldState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates a block against its parent and the world state at that parent, and computes what it
 * does. Deterministic: the result depends only on the block, the parent, the state and {@code now}
 * (which only the future-drift rule reads). Writes nothing; see {@link ExecutionResult.Executed}.
 * Thread-safe, but executions on one world state must not overlap (it has one writer).
 */
public final class BlockExecutor {
  private static final Logger LOG = LoggerFactory.getLogger(BlockExecutor.class);

  private final ChainRules rules;
  private final SenderRecovery recovery;

  public BlockExecutor(ChainRules rules, SenderRecovery recovery) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.recovery = Objects.requireNonNull(recovery, "recovery");
  }

  /** Senders recovered by {@code parallelism} workers, {@code parallelism - 1} of them on {@code pool}. */
  public BlockExecutor(ChainRules rules, ExecutorService pool, int parallelism) {
    this(rules, SenderRecovery.on(pool, parallelism));
  }

  public ChainRules rules() {
    return rules;
  }

  /**
   * Executes {@code block} on top of {@code parent}.
   *
   * @param state the world state, whose head must be {@code parent}'s state
   * @throws IllegalStateException when the world state is not at the parent: the caller's mistake,
   *     not the block's
   */
  public ExecutionResult execute(Block block, BlockHeader parent, WorldState state, long nowSeconds) {
    BlockHeader header = block.header();
    Optional<BlockRejection> invalid = HeaderRules.check(header, parent, rules, nowSeconds)
        .or(() -> checkBody(block));
    if (invalid.isPresent()) {
      return rejected(block, invalid.get());
    }
    requireStateAt(state, parent);
    List<Transaction> transactions = block.transactions();
    BlockApplier applier = new BlockApplier(
        state.begin(), rules.chainId(), header.coinbase(), header.baseFeePerGas(), header.gasLimit());
    try (SenderRecovery.Session senders = recovery.start(transactions)) {
      for (int i = 0; i < transactions.size(); i++) {
        senders.reached(i);
        Optional<TxRejection> rejection = applier.apply(transactions.get(i));
        if (rejection.isPresent()) {
          return rejected(block, BlockRejection.invalidTransaction(i, transactions.get(i), rejection.get()));
        }
      }
    }
    return finish(block, applier);
  }

  private Optional<BlockRejection> checkBody(Block block) {
    // Before execution: a mismatch here is found without touching the state.
    return BodyCheck.check(block, rules);
  }

  private ExecutionResult finish(Block block, BlockApplier applier) {
    BlockHeader header = block.header();
    if (applier.gasUsed() != header.gasUsed()) {
      return rejected(block, BlockRejection.of(GAS_USED_MISMATCH,
          "header says " + header.gasUsed() + ", transactions used " + applier.gasUsed()));
    }
    List<Receipt> receipts = applier.receipts();
    Optional<BlockRejection> invalid =
        mismatch(RECEIPTS_ROOT_MISMATCH, header.receiptsRoot(), BlockRoots.receiptsRoot(receipts));
    if (invalid.isPresent()) {
      return rejected(block, invalid.get());
    }
    StateCommit commit = applier.finish(header.number());
    invalid = mismatch(STATE_ROOT_MISMATCH, header.stateRoot(), commit.stateRoot());
    if (invalid.isPresent()) {
      return rejected(block, invalid.get());
    }
    return new ExecutionResult.Executed(block, receipts, commit, applier.gasUsed());
  }

  static void requireStateAt(WorldState state, BlockHeader parent) {
    StateHead expected = new StateHead(parent.number(), parent.stateRoot());
    Optional<StateHead> head = state.head();
    if (!head.equals(Optional.of(expected))) {
      throw new IllegalStateException("world state head " + head.map(Object::toString).orElse("(none)")
          + " is not the state of parent block " + parent.number() + " (" + parent.stateRoot() + ")");
    }
  }

  private static Optional<BlockRejection> mismatch(BlockRejection.Reason reason, Hash declared, Hash computed) {
    return declared.equals(computed)
        ? Optional.empty()
        : Optional.of(BlockRejection.of(reason, "header says " + declared + ", computed " + computed));
  }

  private static ExecutionResult rejected(Block block, BlockRejection reason) {
    LOG.debug("Rejected block {} {}: {}", block.number(), block.hash(), reason.message());
    return new ExecutionResult.Rejected(reason);
  }
}
