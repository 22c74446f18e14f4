package org.peerchain.consensus.execution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.peerchain.consensus.ledger.TxRejection;
import org.peerchain.core.block.Block;
import org.peerchain.core.block.BlockBody;
import org.peerchain.core.block.BlockHeader;
import org.peerchain.core.block.Receipt;
import org.peerchain.core.bytes.Bytes;
import org.peerchain.core.genesis.Genesis;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.UInt256;
import org.peerchain.storage.state.Account;
import org.peerchain.storage.state.StateCommit;
import org.peerchain.storage.state.WorldState;

/**
 * The proposer's side of execution: fills a block from candidate transactions, applying each as
 * the executor will, so the block it returns passes {@link BlockExecutor#execute} with the same
 * roots. Writes nothing.
 */
public final class BlockBuilder {
  private final ChainRules rules;
  private final boolean acceptImpersonated;

  public BlockBuilder(ChainRules rules) {
    this(rules, false);
  }

  /**
   * @param acceptImpersonated a dev chain's builder: impersonated transactions go in without a
   *     signature (no executor takes such a block; the dev chain keeps its own executed copy)
   */
  public BlockBuilder(ChainRules rules, boolean acceptImpersonated) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.acceptImpersonated = acceptImpersonated;
  }

  /**
   * Builds the child of {@code parent}. Candidates are taken in the given order (the pool's); one
   * the block rule refuses is skipped, with its reason, and the next is tried, so a transaction
   * whose gas limit exceeds the gas left is skipped while a smaller one may still fit. Filling
   * stops when no transfer fits in the gas left or the next candidate would take the block over
   * the size limit.
   *
   * @param timestampSeconds the proposer's clock; the block gets max(this, the parent's timestamp)
   * @param state the world state, whose head must be {@code parent}'s state
   * @throws IllegalArgumentException when {@code proposer} is not a validator or {@code extraData}
   *     is longer than 32 bytes
   * @throws IllegalStateException when the world state is not at the parent
   */
  public BuiltBlock build(BlockHeader parent, Address proposer, long timestampSeconds,
      Iterable<Transaction> candidates, WorldState state, Bytes extraData) {
    return build(parent, proposer, timestampSeconds, candidates, state, extraData, Map.of());
  }

  /**
   * As {@link #build}, then sets {@code setAccounts} outright: a dev chain's block for anvil_setBalance,
   * anvil_setNonce or anvil_loadState. No executor can reproduce such a block from its transactions,
   * so only a one-validator dev chain, which keeps its own executed copy, may commit one; the header
   * still commits to the state it leads to, so proofs and historical reads of it hold.
   */
  public BuiltBlock build(BlockHeader parent, Address proposer, long timestampSeconds,
      Iterable<Transaction> candidates, WorldState state, Bytes extraData, Map<Address, Account> setAccounts) {
    if (!rules.isValidator(proposer)) {
      throw new IllegalArgumentException("proposer " + proposer + " is not a validator");
    }
    if (extraData.size() > BlockHeader.MAX_EXTRA_DATA) {
      throw new IllegalArgumentException("extraData is at most 32 bytes, got " + extraData.size());
    }
    BlockExecutor.requireStateAt(state, parent);
    long number = parent.number() + 1;
    UInt256 baseFee = rules.baseFees().next(parent);
    BlockApplier applier = new BlockApplier(state.begin(), rules.chainId(), proposer, baseFee, rules.gasLimit(),
        acceptImpersonated);
    List<BuiltBlock.Skipped> skipped = fill(applier, candidates);

    setAccounts.forEach(applier::setAccount);
    List<Transaction> transactions = applier.applied();
    List<Receipt> receipts = applier.receipts();
    StateCommit commit = applier.finish(number);
    BlockHeader header = BlockHeader.builder()
        .parentHash(parent.hash())
        .coinbase(proposer)
        .stateRoot(commit.stateRoot())
        .transactionsRoot(BlockRoots.transactionsRoot(transactions))
        .receiptsRoot(BlockRoots.receiptsRoot(receipts))
        .number(number)
        .gasLimit(rules.gasLimit())
        .gasUsed(applier.gasUsed())
        .timestamp(Math.max(parent.timestamp(), timestampSeconds))
        .extraData(extraData)
        .baseFeePerGas(baseFee)
        .build();
    Block block = new Block(header, new BlockBody(transactions));
    return new BuiltBlock(block, new ExecutionResult.Executed(block, receipts, commit, applier.gasUsed()), skipped);
  }

  private List<BuiltBlock.Skipped> fill(BlockApplier applier, Iterable<Transaction> candidates) {
    List<BuiltBlock.Skipped> skipped = new ArrayList<>();
    long transactionBytes = 0;
    for (Transaction tx : candidates) {
      // No transaction uses less gas than a plain transfer.
      if (applier.gasRemaining() < Genesis.MIN_GAS_LIMIT) {
        break;
      }
      long item = BlockSize.transactionItem(tx);
      if (BlockSize.of(BlockSize.HEADER_BOUND, transactionBytes + item) > rules.maxBlockBytes()) {
        break;
      }
      Optional<TxRejection> rejection = applier.apply(tx);
      if (rejection.isPresent()) {
        skipped.add(new BuiltBlock.Skipped(tx, rejection.get()));
      } else {
        transactionBytes += item;
      }
    }
    return skipped;
  }
}
