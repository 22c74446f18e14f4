package org.peerchain.consensus.execution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.peerchain.consensus.ledger.BlockContext;
import org.peerchain.consensus.ledger.TransactionRules;
import org.peerchain.consensus.ledger.TransferEffect;
import org.peerchain.consensus.ledger.TxRejection;
import org.peerchain.core.block.Receipt;
import org.peerchain.core.tx.Transaction;
import org.peerchain.core.types.Address;
import org.peerchain.core.types.UInt256;
import org.peerchain.storage.state.Account;
import org.peerchain.storage.state.StateCommit;
import org.peerchain.storage.state.StateUpdate;

/**
 * Applies transactions one after the other to a block's state update, keeping the gas used and
 * the receipts. The executor and the builder both go through here, so a block the builder makes
 * is, transaction for transaction, what the executor recomputes.
 */
final class BlockApplier {
  private final StateUpdate update;
  private final Address coinbase;
  private final BlockContext context;
  private final List<Transaction> applied = new ArrayList<>();
  private final List<Receipt> receipts = new ArrayList<>();
  private long gasUsed;
  private UInt256 burned = UInt256.ZERO;

  BlockApplier(StateUpdate update, long chainId, Address coinbase, UInt256 baseFee, long gasLimit) {
    this(update, chainId, coinbase, baseFee, gasLimit, false);
  }

  BlockApplier(StateUpdate update, long chainId, Address coinbase, UInt256 baseFee, long gasLimit,
      boolean acceptImpersonated) {
    this.update = update;
    this.coinbase = coinbase;
    BlockContext pending = BlockContext.pending(chainId, baseFee, gasLimit);
    this.context = acceptImpersonated ? pending.acceptingImpersonated() : pending;
  }

  /** Applies {@code tx} if the block rule admits it; otherwise changes nothing and says why. */
  Optional<TxRejection> apply(Transaction tx) {
    Optional<Address> from = tx.sender();
    // An unrecoverable sender fails the rule's signature checks before the account matters.
    Account senderBefore = from.map(update::account).orElse(Account.EMPTY);
    Optional<TxRejection> rejection = TransactionRules.check(tx, senderBefore, context.withGasUsedSoFar(gasUsed));
    if (rejection.isPresent()) {
      return rejection;
    }
    Address sender = from.orElseThrow();
    Address recipient = tx.to().orElseThrow();
    Account recipientBefore = recipient.equals(sender) ? senderBefore : update.account(recipient);
    TransferEffect effect;
    try {
      effect = TransferEffect.apply(tx, sender, senderBefore, recipientBefore, context.baseFee());
    } catch (ArithmeticException e) {
      // Only a recipient balance above 2^256 - 1 gets here, and GenesisBlock refuses a supply that large.
      throw new IllegalStateException("balance overflow applying " + tx.hash() + ": the total supply exceeds 2^256 - 1", e);
    }
    update.set(sender, effect.senderAfter());
    update.set(recipient, effect.recipientAfter());
    // Read after the two writes: the proposer may be the sender or the recipient.
    if (!effect.tip().isZero()) {
      update.set(coinbase, effect.creditTip(update.account(coinbase)));
    }
    receipts.add(effect.receipt(gasUsed));
    gasUsed += effect.gasUsed();
    burned = burned.add(effect.burned());
    applied.add(tx);
    return Optional.empty();
  }

  /** Turns the applied changes into the block's state commit; the applier is done afterwards. */
  /** Sets an account outright, after the transactions (a dev block's anvil_setBalance and friends). */
  void setAccount(Address address, Account account) {
    update.set(address, account);
  }

  StateCommit finish(long blockNumber) {
    return update.finish(blockNumber);
  }

  long gasUsed() {
    return gasUsed;
  }

  long gasRemaining() {
    return context.blockGasLimit() - gasUsed;
  }

  /** The base fee times the gas of every applied transaction: what left the supply. */
  UInt256 burned() {
    return burned;
  }

  List<Transaction> applied() {
    return List.copyOf(applied);
  }

  List<Receipt> receipts() {
    return List.copyOf(receipts);
  }
}
