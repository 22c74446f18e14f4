package org.peerchain.node.txpool;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.peerchain.consensus.ledger.BlockContext;
import org.peerchain.consensus.ledger.TransactionRules;
import org.peerchain.consensus.ledger.TxRejection;
import org.peerchain.core.types.UInt256;
import org.peerchain.node.txpool.AddResult.Rejected;
import org.peerchain.storage.state.Account;

/**
 * The admission rules, in geth's order: known hash, ledger rules against the sender's account,
 * minimum tip, replacement bump, the sender's cumulative cost against its balance, per-sender
 * limits, then room in the pool (evicting cheaper transactions if it is full).
 */
final class Admission {
  private final PoolState state;
  private final TxPoolConfig config;
  private final SenderSync sync;
  private final long chainId;
  private final long blockGasLimit;
  private final boolean acceptImpersonated;

  Admission(PoolState state, TxPoolConfig config, SenderSync sync, long chainId, long blockGasLimit,
      boolean acceptImpersonated) {
    this.acceptImpersonated = acceptImpersonated;
    this.state = state;
    this.config = config;
    this.sync = sync;
    this.chainId = chainId;
    this.blockGasLimit = blockGasLimit;
  }

  /** Admits {@code incoming} or says why not; transactions that became pending go to {@code nowPending}. */
  AddResult admit(PooledTx incoming, Account account, UInt256 baseFee, List<PooledTx> nowPending) {
    if (state.get(incoming.hash()) != null) {
      return Rejected.of(RejectReason.ALREADY_KNOWN);
    }
    BlockContext context = BlockContext.pending(chainId, baseFee, blockGasLimit);
    Optional<TxRejection> ledger = TransactionRules.checkForPool(incoming.tx(), account,
        acceptImpersonated ? context.acceptingImpersonated() : context);
    if (ledger.isPresent()) {
      return Rejected.invalid(ledger.get());
    }
    if (incoming.tx().maxPriorityFeePerGas().compareTo(config.minTip()) < 0) {
      return Rejected.of(RejectReason.UNDERPRICED, "gas tip cap " + incoming.tx().maxPriorityFeePerGas()
          + ", minimum needed " + config.minTip());
    }
    SenderTxs s = state.sender(incoming.sender());
    if (s != null && s.base != account.nonce()) {
      // A block moved the account on before the pool heard of it: catch up first.
      sync.sync(s, account, nowPending);
      s = state.sender(incoming.sender());
    }
    PooledTx old = s == null ? null : s.get(incoming.nonce());
    if (old != null && !ReplacementRule.allows(old, incoming, config.priceBumpPercent())) {
      return Rejected.of(RejectReason.REPLACEMENT_UNDERPRICED);
    }
    Optional<Rejected> overdraft = checkCumulativeFunds(s, old, incoming, account);
    if (overdraft.isPresent()) {
      return overdraft.get();
    }
    Slot slot = old != null ? s.slotOf(old)
        : incoming.nonce() == (s == null ? account.nonce() : s.nextPendingNonce()) ? Slot.PENDING : Slot.QUEUED;
    Optional<Rejected> overLimit = old == null ? checkSenderLimit(s, slot, incoming) : Optional.empty();
    if (overLimit.isPresent()) {
      return overLimit.get();
    }
    Eviction.Plan plan = Eviction.plan(state, config, incoming, slot, old);
    if (plan.refusal().isPresent()) {
      return Rejected.of(plan.refusal().get());
    }
    plan.victims().forEach(state::remove);
    if (old != null) {
      state.remove(old);
    }
    SenderTxs target = state.senderOrCreate(incoming.sender(), account.nonce());
    state.put(incoming, slot);
    if (slot == Slot.PENDING) {
      nowPending.add(incoming);
      sync.promote(target, account.balance().toBigInteger(), nowPending);
    }
    return old != null ? new AddResult.Replaced(incoming.hash(), old.hash(), slot)
        : new AddResult.Added(incoming.hash(), slot);
  }

  /** geth's overdraft rule: the balance must cover all the sender's pooled transactions plus this one. */
  private static Optional<Rejected> checkCumulativeFunds(SenderTxs s, PooledTx old, PooledTx incoming, Account account) {
    if (s == null) {
      return Optional.empty(); // the ledger rules checked this transaction alone
    }
    BigInteger spent = old == null ? s.totalCost : s.totalCost.subtract(old.cost());
    BigInteger need = spent.add(incoming.cost());
    BigInteger balance = account.balance().toBigInteger();
    if (need.compareTo(balance) <= 0) {
      return Optional.empty();
    }
    TxRejection.Reason reason = TxRejection.Reason.INSUFFICIENT_FUNDS;
    return Optional.of(Rejected.invalid(new TxRejection(reason, reason.description() + ": balance " + balance
        + ", queued cost " + spent + ", tx cost " + incoming.cost() + ", overshot " + need.subtract(balance))));
  }

  private Optional<Rejected> checkSenderLimit(SenderTxs s, Slot slot, PooledTx incoming) {
    int count = s == null ? 0 : slot == Slot.PENDING ? s.pending.size() : s.queued.size();
    int limit = slot == Slot.PENDING ? config.maxPendingPerSender() : config.maxQueuedPerSender();
    if (count < limit) {
      return Optional.empty();
    }
    return Optional.of(Rejected.of(RejectReason.ACCOUNT_LIMIT_EXCEEDED, "address " + incoming.sender() + " has "
        + count + " " + slot.name().toLowerCase() + " transactions, limit " + limit));
  }
}
